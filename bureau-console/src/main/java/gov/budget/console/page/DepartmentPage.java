package gov.budget.console.page;

import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.console.api.ApiAnswer;
import gov.budget.console.api.AssetApi;
import gov.budget.console.api.LedgerApi;
import gov.budget.console.api.PerformanceApi;
import gov.budget.console.api.ProcurementApi;
import gov.budget.console.api.ReconciliationApi;
import gov.budget.console.session.CurrentSession;
import gov.budget.console.session.Session;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A department-year: its nine ledger tables rendered as published, every cell a finding involves
 * highlighted, and its open findings. The services decide what the user may see: a refusal is shown.
 */
@Path("/departments/{deptCode}/{fiscalYear}")
public class DepartmentPage {

    @Inject
    CurrentSession sessions;

    /** How a finding names a table's 合计 row. */
    private static final String TOTAL_ROW = "total";

    @Inject
    @RestClient
    LedgerApi ledger;

    @Inject
    @RestClient
    ReconciliationApi reconciliation;

    @Inject
    @RestClient
    PerformanceApi performance;

    @Inject
    @RestClient
    ProcurementApi procurement;

    @Inject
    @RestClient
    AssetApi assets;

    /** What the page shows. */
    public record Department(String deptCode, String deptName, int fiscalYear, String templateId, String status,
                             List<TableView> tables, RecordTabs records, List<FindingView> findings, FindingFilter filter,
                             List<FindingView> listed, String listError) {

        public String statusText() {
            return OverviewRow.statusText(status);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance department(Session session, Department department);

        static native TemplateInstance refused(Session session, int status, String reason);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("deptCode") String deptCode,
                         @PathParam("fiscalYear") int fiscalYear, @QueryParam("severity") String severity,
                         @QueryParam("rule") String rule, @QueryParam("status") String status) {
        Session session = sessions.current();
        ApiAnswer budget = ApiAnswer.of(ledger.budget(session.authorization(), deptCode, fiscalYear));
        if (!budget.ok()) {
            return Response.status(budget.status()).entity(Templates.refused(session, budget.status(), budget.refusal())).build();
        }
        ApiAnswer template = ApiAnswer.of(ledger.template(session.authorization(), budget.body().path("templateId").asText()));
        BudgetFindings checked = BudgetFindings.of(
                ApiAnswer.ofReachable(() -> reconciliation.budget(session.authorization(), deptCode, fiscalYear)));
        List<FindingView> findings = checked.open();
        FindingFilter filter = FindingFilter.of(severity, rule, status);
        Listed listed = checked.error() != null ? new Listed(List.of(), checked.error())
                : listed(session, deptCode, fiscalYear, filter, findings);
        Department department = new Department(deptCode, budget.body().path("deptName").asText(""), fiscalYear,
                budget.body().path("templateId").asText(), checked.error() == null ? checked.status() : "—",
                tablesOf(budget.body(), template.body(), findings), recordTabs(session, deptCode, fiscalYear, new RecordFindings(findings)),
                findings, filter, listed.findings(), listed.refusal());
        return Response.ok(Templates.department(session, department)).build();
    }

    /** The nine tables, each cell that an open finding involves with that finding. */
    private static List<TableView> tablesOf(JsonNode budget, JsonNode template, List<FindingView> findings) {
        // each cell's finding, looked up once per cell
        Map<String, FindingView> byCell = new HashMap<>();
        findings.stream().filter(f -> f.table() != null && f.rowCode() != null && f.column() != null)
                .forEach(f -> byCell.putIfAbsent(cellKey(f.table(), f.rowCode(), f.column()), f));
        List<TableView> tables = new ArrayList<>();
        for (JsonNode table : budget.path("tables")) {
            tables.add(tableOf(table, columnsOf(template, table.path("tableNo").asInt()), byCell));
        }
        return tables;
    }

    /** The list below the tables, and reconciliation's refusal of the filter, if any. */
    private record Listed(List<FindingView> findings, String refusal) {
    }

    /** The open findings, or those the officer filtered for. */
    private Listed listed(Session session, String deptCode, int fiscalYear, FindingFilter filter, List<FindingView> open) {
        if (!filter.any()) {
            return new Listed(open, null);
        }
        ApiAnswer filtered = ApiAnswer.ofReachable(() -> reconciliation.findings(session.authorization(), deptCode, fiscalYear,
                filter.severity(), filter.rule(), filter.status(), FindingFilter.MAX_LISTED));
        List<FindingView> matching = new ArrayList<>();
        filtered.body().path("items").forEach(f -> matching.add(FindingView.of(f)));
        return new Listed(matching, filtered.ok() ? null : filtered.refusal());
    }

    /** The project sheets, procurement and holdings, each from its own service with the user's token. */
    private RecordTabs recordTabs(Session session, String deptCode, int fiscalYear, RecordFindings findings) {
        ApiAnswer plan = ApiAnswer.ofReachable(() -> performance.plan(session.authorization(), deptCode, fiscalYear));
        ApiAnswer table = ApiAnswer.ofReachable(() -> procurement.table(session.authorization(), deptCode, fiscalYear));
        ApiAnswer holdings = ApiAnswer.ofReachable(() -> assets.holdings(session.authorization(), deptCode));
        return new RecordTabs(RecordTabs.sheets(plan.status(), plan.body(), findings),
                RecordTabs.procurement(table.status(), table.body(), findings),
                RecordTabs.holdings(holdings.status(), holdings.body(), fiscalYear, findings));
    }

    /** The template's columns of a table: code and label. */
    private static List<String[]> columnsOf(JsonNode template, int tableNo) {
        List<String[]> columns = new ArrayList<>();
        for (JsonNode table : template.path("tables")) {
            if (table.path("number").asInt() == tableNo) {
                table.path("columns").forEach(c -> columns.add(new String[] {c.path("code").asText(), c.path("label").asText()}));
            }
        }
        return columns;
    }

    /** An amount as the disclosure prints it: with two decimals (the ledger stores none finer). */
    private static String printed(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String cellKey(int tableNo, String rowCode, String column) {
        return tableNo + ":" + rowCode + ":" + column;
    }

    private static TableView tableOf(JsonNode table, List<String[]> columns, Map<String, FindingView> byCell) {
        int tableNo = table.path("tableNo").asInt();
        List<TableView.Row> rows = new ArrayList<>();
        for (JsonNode row : table.path("rows")) {
            String code = row.path("code").asText(null);
            String rowKey = "TOTAL".equals(row.path("kind").asText()) ? TOTAL_ROW : code;
            List<TableView.Cell> cells = new ArrayList<>();
            for (String[] column : columns) {
                JsonNode amount = row.path("amounts").path(column[0]);
                FindingView finding = rowKey == null ? null : byCell.get(cellKey(tableNo, rowKey, column[0]));
                cells.add(new TableView.Cell(amount.isMissingNode() || amount.isNull() ? "" : printed(amount.decimalValue()), finding));
            }
            // only classification codes are printed; a total's and an item's keys are the platform's own
            String kind = row.path("kind").asText();
            boolean printedCode = "FUNCTIONAL".equals(kind) || "ECONOMIC".equals(kind);
            rows.add(new TableView.Row(printedCode && code != null ? code : "", row.path("name").asText(), cells));
        }
        return new TableView(tableNo, table.path("title").asText(), table.path("unit").asText(),
                columns.stream().map(c -> c[1]).toList(), rows, table.path("note").asText(null));
    }
}
