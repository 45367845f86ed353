package gov.budget.ledger.line.rest;

import gov.budget.contracts.problem.Problem;
import gov.budget.ledger.line.service.LedgerTableService;
import gov.budget.ledger.line.service.StoredTable;
import gov.budget.web.ReturnPreference;
import gov.budget.web.Versions;
import gov.budget.web.security.Caller;
import gov.budget.web.security.DepartmentScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

/** One disclosure table of a department-year budget. */
@Path("/budgets/{deptCode}/{fiscalYear}/tables/{tableNo}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger tables", description = "The nine ledger tables of a budget: rows, cells, notes and their exports")
@RolesAllowed({DEPT_EDITOR, FINANCE_VIEWER, FINANCE_ADMIN})
@DepartmentScoped
public class LedgerTableResource {


    static final String TABLE_8_EXAMPLE = """
            {"note": null, "rows": [
              {"kind": "TOTAL", "name": "合计", "amounts": {"total": 1516.00, "project": 1516.00}},
              {"code": "223", "name": "国有资本经营预算支出", "amounts": {"total": 1516.00, "project": 1516.00}},
              {"code": "22301", "name": "解决历史遗留问题及改革成本支出", "amounts": {"total": 1516.00, "project": 1516.00}},
              {"code": "2230105", "name": "国有企业退休人员社会化管理补助支出", "amounts": {"total": 1516.00, "project": 1516.00}}]}""";

    static final String PATCH_EXAMPLE = """
            {"amounts": {"total": 580.21, "project": 52.00}}""";

    @Inject
    Caller caller;

    @Inject
    LedgerTableService service;

    @GET
    @Operation(summary = "Read one table of a budget: rows in published order, its note, and its version as ETag")
    @APIResponse(responseCode = "200", description = "The table; a table never written has version 0 and no rows",
            content = @Content(schema = @Schema(implementation = LedgerTableView.class)))
    @APIResponse(responseCode = "404", description = "No such budget, or no such table in its template",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response read(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear,
                         @PathParam("tableNo") int tableNo) {
        return withETag(service.readTable(deptCode, fiscalYear, tableNo));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace one table atomically; one change event per added, changed or removed row",
            description = "Needs If-Match with the table's ETag, except for a table never written.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "seed table 8", value = TABLE_8_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The table as stored, with the number of changed rows and its new ETag",
            content = @Content(schema = @Schema(implementation = LedgerTableView.class)))
    @APIResponse(responseCode = "204", description = ReturnPreference.MINIMAL_ANSWER)
    @APIResponse(responseCode = "400", description = "Invalid rows; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The table changed since the ETag in If-Match; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({DEPT_EDITOR, FINANCE_ADMIN})
    public Response replace(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear,
                            @PathParam("tableNo") int tableNo, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Parameter(in = ParameterIn.HEADER, name = ReturnPreference.PREFER,
                                    description = ReturnPreference.PARAMETER_DESCRIPTION)
                            @HeaderParam(ReturnPreference.PREFER) String prefer,
                            LedgerTableRequest request) {
        StoredTable table = service.replaceTable(deptCode, fiscalYear, tableNo, ifMatch, request, caller.actor());
        return ReturnPreference.written(prefer, table::view, table.version());
    }

    @PATCH
    @Path("/rows/{code}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Change one row: its name or some of its cells (null blanks a cell)",
            description = "Needs If-Match with the table's ETag. The row's code is {code}; the 合计 row's is 'total'.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "seed 2080106", value = PATCH_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The whole table after the change, with its new ETag",
            content = @Content(schema = @Schema(implementation = LedgerTableView.class)))
    @APIResponse(responseCode = "204", description = ReturnPreference.MINIMAL_ANSWER)
    @APIResponse(responseCode = "400", description = "Invalid change; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such budget, table or row",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The table changed since the ETag in If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({DEPT_EDITOR, FINANCE_ADMIN})
    public Response patchRow(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear,
                             @PathParam("tableNo") int tableNo, @PathParam("code") String code,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Parameter(in = ParameterIn.HEADER, name = ReturnPreference.PREFER,
                                    description = ReturnPreference.PARAMETER_DESCRIPTION)
                             @HeaderParam(ReturnPreference.PREFER) String prefer,
                             LedgerRowPatch patch) {
        boolean minimal = ReturnPreference.minimal(prefer);
        StoredTable table = service.patchRow(deptCode, fiscalYear, tableNo, code, ifMatch, patch, !minimal, caller.actor());
        return ReturnPreference.written(minimal, table::view, table.version());
    }

    private static Response withETag(LedgerTableView table) {
        return Response.ok(table).header(HttpHeaders.ETAG, Versions.etag(table.version())).build();
    }
}
