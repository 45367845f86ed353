package gov.budget.ledger.budget.workbook;

import gov.budget.contracts.problem.Problem;
import gov.budget.contracts.template.RegionTemplate;
import gov.budget.ledger.budget.Budget;
import gov.budget.ledger.budget.rest.BudgetDocument;
import gov.budget.ledger.budget.service.BudgetService;
import gov.budget.ledger.budget.service.BudgetTemplates;
import gov.budget.ledger.line.export.PublishedTable;
import gov.budget.ledger.line.export.PublishedTableLayout;
import gov.budget.ledger.line.export.XlsxTableWriter;
import gov.budget.web.Versions;
import gov.budget.web.security.Caller;
import gov.budget.web.security.DepartmentScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static gov.budget.web.security.Roles.DEPT_EDITOR;
import static gov.budget.web.security.Roles.FINANCE_ADMIN;
import static gov.budget.web.security.Roles.FINANCE_VIEWER;

/** A whole budget as one workbook in the published layout, one sheet per table: downloaded, and imported back. */
@Path("/budgets/{deptCode}/{fiscalYear}")
@Tag(name = "Budgets", description = "A department's budget for a fiscal year: the whole nine-table import, its header and narrative")
@DepartmentScoped
public class BudgetWorkbookResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    BudgetService budgets;

    @Inject
    BudgetTemplates templates;

    @Inject
    BudgetWorkbookImport importer;

    @Inject
    Caller caller;

    @GET
    @Path("/export.xlsx")
    @Produces(XLSX)
    @RolesAllowed({DEPT_EDITOR, FINANCE_VIEWER, FINANCE_ADMIN})
    @Operation(summary = "Download the whole budget as one workbook: a sheet per published table (表1 … 表9), as printed")
    @APIResponse(responseCode = "200", description = "The workbook")
    @APIResponse(responseCode = "404", description = "No such budget",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear) {
        BudgetDocument document = budgets.read(deptCode, fiscalYear);
        RegionTemplate region = templates.of(Budget.require(deptCode, fiscalYear));
        List<PublishedTable> tables = document.tables().stream()
                .filter(table -> table.version() > 0)
                .map(table -> PublishedTableLayout.layOut(region, templates.tableToRead(region, table.tableNo()), table, document.deptName()))
                .toList();
        return Response.ok(XlsxTableWriter.writeBudget(tables))
                .header("Content-Disposition", "attachment; filename=\"" + deptCode + "-" + fiscalYear + ".xlsx\"").build();
    }

    @POST
    @Path("/import.xlsx")
    @Consumes(XLSX)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({DEPT_EDITOR, FINANCE_ADMIN})
    @Operation(summary = "Import the tables of a whole budget from a workbook in the published layout, all or nothing",
            description = "One sheet per table, named 表1 … 表9 or titled as printed (the year may lead the title); columns are "
                    + "matched by their header labels. It goes through the same validation, events and audit as PUT of the "
                    + "budget, and needs If-Match for an existing budget. Every refusal names the sheet, row and column.")
    @APIResponse(responseCode = "200", description = "The budget as stored, with its new ETag",
            content = @Content(schema = @Schema(implementation = BudgetDocument.class)))
    @APIResponse(responseCode = "400", description = "A sheet, header or cell that cannot be read, or a table that fails "
            + "validation; every error is listed by sheet, row and column, and nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The budget changed since the ETag in If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing for an existing budget",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importWorkbook(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear,
                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @QueryParam("templateId") String templateId,
                                   byte[] workbook) {
        BudgetDocument budget = importer.importWorkbook(deptCode, fiscalYear, ifMatch, templateId, workbook, caller.actor());
        return Response.ok(budget).header(HttpHeaders.ETAG, Versions.etag(budget.version())).build();
    }
}
