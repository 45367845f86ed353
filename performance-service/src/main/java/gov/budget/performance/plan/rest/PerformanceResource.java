package gov.budget.performance.plan.rest;

import gov.budget.contracts.problem.Problem;
import gov.budget.performance.plan.service.PerformanceService;
import gov.budget.performance.plan.service.SheetsXlsx;
import gov.budget.web.ReturnPreference;
import gov.budget.web.Versions;
import gov.budget.web.security.Caller;
import gov.budget.web.security.DepartmentScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static gov.budget.web.security.Roles.DEPT_EDITOR;
import static gov.budget.web.security.Roles.FINANCE_VIEWER;
import static gov.budget.web.security.Roles.FINANCE_ADMIN;

/** The 绩效目标 of a department-year: the overall goal and the project sheets. */
@Path("/performance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Performance goals", description = "绩效目标: a budget's overall goal and its project performance-goal sheets")
@RolesAllowed({DEPT_EDITOR, FINANCE_VIEWER, FINANCE_ADMIN})
@DepartmentScoped
public class PerformanceResource {

    static final String PLAN = "/{deptCode}/{fiscalYear}";

    @Inject
    Caller caller;

    @Inject
    PerformanceService service;

    @PUT
    @Path(PLAN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a department-year's overall goal and project sheets in one transaction; the sheets replace the stored ones",
            description = "Creates them when new; otherwise needs If-Match with the plan's ETag. One event per changed sheet.")
    @APIResponse(responseCode = "200", description = "Stored; ETag = the plan's version",
            content = @Content(schema = @Schema(implementation = PerformancePlanView.class)))
    @APIResponse(responseCode = "204", description = ReturnPreference.MINIMAL_ANSWER)
    @APIResponse(responseCode = "400", description = "Invalid sheets; every error listed, nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A project code twice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed since the ETag in If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({DEPT_EDITOR, FINANCE_ADMIN})
    public Response importPlan(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Parameter(in = ParameterIn.HEADER, name = ReturnPreference.PREFER,
                                       description = ReturnPreference.PARAMETER_DESCRIPTION)
                               @HeaderParam(ReturnPreference.PREFER) String prefer,
                               PerformanceImportRequest request) {
        if (ReturnPreference.minimal(prefer)) {
            return ReturnPreference.minimalAnswer(service.importPlanVersion(deptCode, fiscalYear, ifMatch, request, caller.actor()));
        }
        PerformancePlanView plan = service.importPlan(deptCode, fiscalYear, ifMatch, request, caller.actor());
        return ReturnPreference.written(prefer, () -> plan, plan.version());
    }

    @GET
    @Path(PLAN)
    @Operation(summary = "A department-year's overall goal and sheets; ETag = its version")
    @APIResponse(responseCode = "200", description = "The plan with its sheets",
            content = @Content(schema = @Schema(implementation = PerformancePlanView.class)))
    @APIResponse(responseCode = "404", description = "No goals for this department-year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response read(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear) {
        return withETag(service.read(deptCode, fiscalYear));
    }

    @PUT
    @Path(PLAN + "/overall-goal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the overall goal and its division sub-goals; If-Match once the plan exists")
    @RolesAllowed({DEPT_EDITOR, FINANCE_ADMIN})
    public Response replaceOverallGoal(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear,
                                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, OverallGoalRequest request) {
        return withETag(service.replaceOverallGoal(deptCode, fiscalYear, ifMatch, request));
    }

    @DELETE
    @Path(PLAN + "/overall-goal")
    @Operation(summary = "Clear the overall goal and its division sub-goals; the sheets stay. Needs If-Match")
    @RolesAllowed({DEPT_EDITOR, FINANCE_ADMIN})
    public Response deleteOverallGoal(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear,
                                      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(service.deleteOverallGoal(deptCode, fiscalYear, ifMatch));
    }

    @GET
    @Path(PLAN + "/overall-goal")
    @Operation(summary = "The overall goal and its division sub-goals")
    public OverallGoalRequest overallGoal(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear) {
        return service.read(deptCode, fiscalYear).overallGoal();
    }

    @GET
    @Path(PLAN + "/totals")
    @Operation(summary = "The number of sheets, Σ 预算数 and Σ 财政资金")
    public PerformanceTotals totals(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear) {
        return service.totals(deptCode, fiscalYear);
    }

    @GET
    @Path(PLAN + "/export.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The sheets as an XLSX workbook, one sheet each, in the published layout")
    public Response export(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear) {
        return Response.ok(SheetsXlsx.write(service.read(deptCode, fiscalYear)))
                .header("Content-Disposition", "attachment; filename=\"" + deptCode + "-" + fiscalYear + "-performance.xlsx\"").build();
    }

    @POST
    @Path(PLAN + "/sheets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a project sheet")
    @APIResponse(responseCode = "201", description = "Added; ETag = its version",
            content = @Content(schema = @Schema(implementation = ProjectSheetView.class)))
    @APIResponse(responseCode = "400", description = "Invalid sheet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The project already has a sheet in this department-year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({DEPT_EDITOR, FINANCE_ADMIN})
    public Response create(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear, ProjectSheetRequest request, @Context UriInfo uri) {
        ProjectSheetView sheet = service.createSheet(deptCode, fiscalYear, request, caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(sheet.projectCode()).build())
                .header(HttpHeaders.ETAG, Versions.etag(sheet.version())).entity(sheet).build();
    }

    @GET
    @Path(PLAN + "/sheets/{code}")
    @Operation(summary = "One project sheet with its parsed indicators; ETag = its version")
    public Response readSheet(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear,
                              @PathParam("code") String code) {
        ProjectSheetView sheet = service.readSheet(deptCode, fiscalYear, code);
        return Response.ok(sheet).header(HttpHeaders.ETAG, Versions.etag(sheet.version())).build();
    }

    @PUT
    @Path(PLAN + "/sheets/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace one project sheet; needs If-Match with its ETag")
    @RolesAllowed({DEPT_EDITOR, FINANCE_ADMIN})
    public Response updateSheet(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear,
                                @PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ProjectSheetRequest request) {
        ProjectSheetView sheet = service.updateSheet(deptCode, fiscalYear, code, ifMatch, request, caller.actor());
        return Response.ok(sheet).header(HttpHeaders.ETAG, Versions.etag(sheet.version())).build();
    }

    @DELETE
    @Path(PLAN + "/sheets/{code}")
    @Operation(summary = "Remove one project sheet; needs If-Match with its ETag")
    @APIResponse(responseCode = "204", description = "Removed")
    @RolesAllowed({DEPT_EDITOR, FINANCE_ADMIN})
    public Response deleteSheet(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear,
                                @PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteSheet(deptCode, fiscalYear, code, ifMatch, caller.actor());
        return Response.noContent().build();
    }

    @GET
    @Path("/sheets")
    @Operation(summary = "Sheets filtered by department, year, carried-over and 二级指标 kind (such as 成本指标)")
    @RolesAllowed({FINANCE_VIEWER, FINANCE_ADMIN})
    public List<ProjectSheetView> search(@QueryParam("dept") String deptCode, @QueryParam("year") Integer fiscalYear,
                                         @QueryParam("carriedOver") Boolean carriedOver, @QueryParam("level2") String level2) {
        return service.search(deptCode, fiscalYear, carriedOver, level2);
    }

    private static Response withETag(PerformancePlanView plan) {
        return Response.ok(plan).header(HttpHeaders.ETAG, Versions.etag(plan.version())).build();
    }
}
