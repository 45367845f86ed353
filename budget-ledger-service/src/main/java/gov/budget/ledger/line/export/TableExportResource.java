package gov.budget.ledger.line.export;

import gov.budget.contracts.problem.Problem;
import gov.budget.contracts.template.RegionTemplate;
import gov.budget.contracts.template.TableTemplate;
import gov.budget.ledger.budget.Budget;
import gov.budget.ledger.budget.service.BudgetTemplates;
import gov.budget.ledger.department.Department;
import gov.budget.ledger.line.rest.LedgerTableView;
import gov.budget.ledger.line.service.LedgerTableService;
import gov.budget.web.security.DepartmentScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static gov.budget.web.security.Roles.DEPT_EDITOR;
import static gov.budget.web.security.Roles.FINANCE_VIEWER;
import static gov.budget.web.security.Roles.FINANCE_ADMIN;

/** Downloads of one table, laid out like the published table. */
@Path("/budgets/{deptCode}/{fiscalYear}/tables/{tableNo}")
@Tag(name = "Ledger tables", description = "The nine ledger tables of a budget: rows, cells, notes and their exports")
@RolesAllowed({DEPT_EDITOR, FINANCE_VIEWER, FINANCE_ADMIN})
@DepartmentScoped
public class TableExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";

    @Inject
    LedgerTableService tables;

    @Inject
    BudgetTemplates templates;

    @GET
    @Path("/export.csv")
    @Produces(CSV + ";charset=UTF-8")
    @Operation(summary = "Download one table as CSV in the published layout")
    @APIResponse(responseCode = "200", description = "The CSV file")
    @APIResponse(responseCode = "404", description = "No such budget or table",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response csv(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear,
                        @PathParam("tableNo") int tableNo) {
        PublishedTable table = published(deptCode, fiscalYear, tableNo);
        return download(CsvTableWriter.write(table), fileName(deptCode, fiscalYear, tableNo, "csv"));
    }

    @GET
    @Path("/export.xlsx")
    @Produces(XLSX)
    @Operation(summary = "Download one table as an XLSX workbook in the published layout")
    @APIResponse(responseCode = "200", description = "The workbook")
    @APIResponse(responseCode = "404", description = "No such budget or table",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response xlsx(@PathParam("deptCode") String deptCode, @PathParam("fiscalYear") int fiscalYear,
                         @PathParam("tableNo") int tableNo) {
        PublishedTable table = published(deptCode, fiscalYear, tableNo);
        return download(XlsxTableWriter.write(table), fileName(deptCode, fiscalYear, tableNo, "xlsx"));
    }

    private PublishedTable published(String deptCode, int fiscalYear, int tableNo) {
        LedgerTableView stored = tables.readTable(deptCode, fiscalYear, tableNo);
        Budget budget = Budget.require(deptCode, fiscalYear);
        RegionTemplate region = templates.of(budget);
        TableTemplate table = templates.tableToRead(region, tableNo);
        Department department = Department.findById(deptCode);
        return PublishedTableLayout.layOut(region, table, stored, department.name);
    }

    private static Response download(Object body, String fileName) {
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    private static String fileName(String deptCode, int fiscalYear, int tableNo, String extension) {
        return deptCode + "-" + fiscalYear + "-table-" + tableNo + "." + extension;
    }
}
