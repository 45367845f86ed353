package gov.budget.ledger.budget.rest;

import gov.budget.contracts.problem.Problem;
import gov.budget.ledger.budget.service.BudgetImportService;
import gov.budget.ledger.budget.service.BudgetService;
import gov.budget.ledger.line.rest.LedgerTableResource;
import gov.budget.web.ReturnPreference;
import gov.budget.web.Versions;
import gov.budget.web.security.Caller;
import gov.budget.web.security.DepartmentScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static gov.budget.web.security.Roles.DEPT_EDITOR;
import static gov.budget.web.security.Roles.FINANCE_VIEWER;
import static gov.budget.web.security.Roles.FINANCE_ADMIN;

/** Department-year budgets: create, list, read whole, summarise, and import whole. */
@Path("/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budgets", description = "A department's budget for a fiscal year: the whole nine-table import, its header and narrative")
@RolesAllowed({DEPT_EDITOR, FINANCE_VIEWER, FINANCE_ADMIN})
@DepartmentScoped
public class BudgetResource {

    static final String CREATE_EXAMPLE = """
            {"deptCode": "323", "fiscalYear": 2024, "templateId": "hebei-2024"}""";

    static final String IMPORT_EXAMPLE = """
            {"deptCode": "323", "fiscalYear": 2024, "templateId": "hebei-2024",
             "tables": [
              {"tableNo": 7, "note": "注：无政府基金预算财政拨款预算，空表列示。", "rows": []},
              {"tableNo": 8, "rows": [
                {"kind": "TOTAL", "name": "合计", "amounts": {"total": 1516.00, "project": 1516.00}},
                {"code": "223", "name": "国有资本经营预算支出", "amounts": {"total": 1516.00, "project": 1516.00}},
                {"code": "22301", "name": "解决历史遗留问题及改革成本支出", "amounts": {"total": 1516.00, "project": 1516.00}},
                {"code": "2230105", "name": "国有企业退休人员社会化管理补助支出", "amounts": {"total": 1516.00, "project": 1516.00}}]}],
             "narrative": [
              {"code": "running_cost", "label": "机关运行经费", "amount": 131.92, "unit": "万元"},
              {"code": "three_public_change", "label": "“三公”经费与上年相比增减", "amount": 0.00, "unit": "万元", "text": "与2023年相比持平"}]}""";

    @Inject
    Caller caller;

    @Inject
    BudgetService service;

    @Inject
    BudgetImportService importer;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an empty budget for an existing department and year, under a region template")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "seed", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "400", description = "Invalid budget, unknown department or template",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The department already has a budget for that year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed(FINANCE_ADMIN)
    public Response create(BudgetCreateRequest request,
                           @Context UriInfo uri) {
        BudgetView created = service.create(request, caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(created.deptCode()).path(String.valueOf(created.fiscalYear())).build())
                .header(HttpHeaders.ETAG, Versions.etag(created.version()))
                .entity(created)
                .build();
    }

    @GET
    @Operation(summary = "List budgets, optionally of one year or one department")
    @RolesAllowed({FINANCE_VIEWER, FINANCE_ADMIN})
    public List<BudgetView> list(@QueryParam("year") Integer year, @QueryParam("dept") String deptCode) {
        return service.list(year, deptCode);
    }

    @GET
    @Path("/{deptCode}/{fiscalYear}")
    @Operation(summary = "Read a whole budget: every table of its template in order, and its narrative figures")
    @APIResponse(responseCode = "200", description = "The budget, with its version as ETag",
            content = @Content(schema = @Schema(implementation = BudgetDocument.class)))
    @APIResponse(responseCode = "404", description = "No such budget",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response read(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear) {
        BudgetDocument budget = service.read(deptCode, fiscalYear);
        return Response.ok(budget).header(HttpHeaders.ETAG, Versions.etag(budget.version())).build();
    }

    @PUT
    @Path("/{deptCode}/{fiscalYear}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a whole budget in one transaction: the listed tables and the narrative",
            description = "Creates the budget when it does not exist. For an existing budget it needs If-Match with the "
                    + "budget's ETag. Each listed table replaces the stored one, with one event per changed row.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "seed tables 7 and 8", value = IMPORT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The budget as stored, with its new ETag",
            content = @Content(schema = @Schema(implementation = BudgetDocument.class)))
    @APIResponse(responseCode = "204", description = ReturnPreference.MINIMAL_ANSWER)
    @APIResponse(responseCode = "400", description = "Invalid budget; every error is listed and nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The budget changed since the ETag in If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than the configured limit")
    @APIResponse(responseCode = "428", description = "If-Match is missing for an existing budget",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({DEPT_EDITOR, FINANCE_ADMIN})
    public Response importBudget(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear,
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @Parameter(in = ParameterIn.HEADER, name = ReturnPreference.PREFER,
                                         description = ReturnPreference.PARAMETER_DESCRIPTION)
                                 @HeaderParam(ReturnPreference.PREFER) String prefer,
                                 BudgetImportRequest request) {
        BudgetDocument budget = importer.importBudget(deptCode, fiscalYear, ifMatch, request, caller.actor());
        return ReturnPreference.written(prefer, () -> budget, budget.version());
    }

    @GET
    @Path("/{deptCode}/{fiscalYear}/summary")
    @Operation(summary = "What a budget holds: tables present, row counts, last change")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "404", description = "No such budget",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BudgetSummary summary(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear) {
        return service.summary(deptCode, fiscalYear);
    }
}
