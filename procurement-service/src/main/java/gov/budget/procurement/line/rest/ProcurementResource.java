package gov.budget.procurement.line.rest;

import gov.budget.contracts.problem.Problem;
import gov.budget.procurement.department.DepartmentUnits;
import gov.budget.procurement.line.export.ProcurementXlsx;
import gov.budget.procurement.line.service.ProcurementService;
import gov.budget.procurement.line.service.ProcurementSummaries;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static gov.budget.web.security.Roles.DEPT_EDITOR;
import static gov.budget.web.security.Roles.FINANCE_VIEWER;
import static gov.budget.web.security.Roles.FINANCE_ADMIN;

/** The 政府采购预算 of a department-year: import it whole, read it, change its lines, summarise it. */
@Path("/procurement/{deptCode}/{fiscalYear}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Procurement", description = "政府采购预算: a budget's procurement lines and the totals its table prints")
@RolesAllowed({DEPT_EDITOR, FINANCE_VIEWER, FINANCE_ADMIN})
@DepartmentScoped
public class ProcurementResource {


    static final String LINE_EXAMPLE = """
            {"unit": "秦皇岛市海港区人力资源和社会保障局本级", "projectName": "基金审计经费", "basicExpenditure": false,
             "projectBudget": 3.00, "itemName": "复印纸", "catalogCode": "A05040101", "measureUnit": "次", "quantity": 3,
             "unitPrice": 1.00, "amounts": {"total": 3.00, "generalPublic": 3.00}, "smeShare": 3.00}""";

    @Inject
    Caller caller;

    @Inject
    ProcurementService service;

    @Inject
    ProcurementSummaries summaries;

    @Inject
    DepartmentUnits departments;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import the whole procurement table in one transaction: lines, published 小计 and 合计, note",
            description = "Creates it when new; an existing table needs If-Match with its ETag. One event per changed line.")
    @APIResponse(responseCode = "200", description = "The table as stored, with its new ETag",
            content = @Content(schema = @Schema(implementation = ProcurementTableView.class)))
    @APIResponse(responseCode = "204", description = ReturnPreference.MINIMAL_ANSWER)
    @APIResponse(responseCode = "400", description = "Invalid lines or totals; every error listed, nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The table changed since the ETag in If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing for an existing table",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({DEPT_EDITOR, FINANCE_ADMIN})
    public Response importTable(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Parameter(in = ParameterIn.HEADER, name = ReturnPreference.PREFER,
                                        description = ReturnPreference.PARAMETER_DESCRIPTION)
                                @HeaderParam(ReturnPreference.PREFER) String prefer,
                                ProcurementImportRequest request) {
        if (ReturnPreference.minimal(prefer)) {
            return ReturnPreference.minimalAnswer(service.importTableVersion(deptCode, fiscalYear, ifMatch, request, caller.actor()));
        }
        ProcurementTableView table = service.importTable(deptCode, fiscalYear, ifMatch, request, caller.actor());
        return ReturnPreference.written(prefer, () -> table, table.version());
    }

    @GET
    @Operation(summary = "The procurement table: lines in published order, published totals, note; ETag = its version")
    @APIResponse(responseCode = "200", description = "The table", content = @Content(schema = @Schema(implementation = ProcurementTableView.class)))
    @APIResponse(responseCode = "404", description = "No procurement table for this department-year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response read(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear) {
        ProcurementTableView table = service.read(deptCode, fiscalYear);
        return Response.ok(table).header(HttpHeaders.ETAG, Versions.etag(table.version())).build();
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Computed: totals per sub-unit, 合计, 货物/工程/服务, SME share, totals per source project; beside the published totals")
    @APIResponse(responseCode = "200", description = "The totals computed from the lines beside the printed ones")
    @APIResponse(responseCode = "404", description = "No procurement table for this department-year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProcurementSummary summary(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear) {
        return summaries.summarise(deptCode, fiscalYear);
    }

    @GET
    @Path("/export.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The procurement table as an XLSX workbook in the published layout")
    @APIResponse(responseCode = "200", description = "The table as published")
    @APIResponse(responseCode = "404", description = "No procurement table for this department-year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear) {
        ProcurementTableView table = service.read(deptCode, fiscalYear);
        return Response.ok(ProcurementXlsx.write(table, departments.name(deptCode)))
                .header("Content-Disposition", "attachment; filename=\"" + deptCode + "-" + fiscalYear + "-procurement.xlsx\"")
                .build();
    }

    @POST
    @Path("/lines")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a line at the end of the table")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "seed 基金审计经费", value = LINE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; ETag = the line's version",
            content = @Content(schema = @Schema(implementation = ProcurementLineView.class)))
    @APIResponse(responseCode = "400", description = "An invalid line; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({DEPT_EDITOR, FINANCE_ADMIN})
    public Response create(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear, ProcurementLineRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw gov.budget.web.problem.InvalidInputException.of("body", null, "a line is required");
        }
        ProcurementLineView line = service.createLine(deptCode, fiscalYear, request, caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(line.id())).build())
                .header(HttpHeaders.ETAG, Versions.etag(line.version())).entity(line).build();
    }

    @GET
    @Path("/lines/{id}")
    @Operation(summary = "One line; ETag = its version")
    @APIResponse(responseCode = "200", description = "The line")
    @APIResponse(responseCode = "404", description = "No such line",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response readLine(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear,
                             @PathParam("id") long id) {
        ProcurementLineView line = service.readLine(deptCode, fiscalYear, id);
        return Response.ok(line).header(HttpHeaders.ETAG, Versions.etag(line.version())).build();
    }

    @PUT
    @Path("/lines/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace one line; needs If-Match with its ETag")
    @APIResponse(responseCode = "200", description = "The line as stored, with its new ETag",
            content = @Content(schema = @Schema(implementation = ProcurementLineView.class)))
    @APIResponse(responseCode = "400", description = "An invalid line; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The line changed since the ETag in If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({DEPT_EDITOR, FINANCE_ADMIN})
    public Response update(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear,
                           @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ProcurementLineRequest request) {
        if (request == null) {
            throw gov.budget.web.problem.InvalidInputException.of("body", null, "a line is required");
        }
        ProcurementLineView line = service.updateLine(deptCode, fiscalYear, id, ifMatch, request, caller.actor());
        return Response.ok(line).header(HttpHeaders.ETAG, Versions.etag(line.version())).build();
    }

    @DELETE
    @Path("/lines/{id}")
    @Operation(summary = "Remove one line; needs If-Match with its ETag")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "412", description = "The line changed since the ETag in If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({DEPT_EDITOR, FINANCE_ADMIN})
    public Response delete(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear,
                           @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteLine(deptCode, fiscalYear, id, ifMatch, caller.actor());
        return Response.noContent().build();
    }
}
