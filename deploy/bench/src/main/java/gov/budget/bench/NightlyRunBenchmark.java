package gov.budget.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * 4. The nightly full run over every department-year the suite holds: its wall time and facts per
 * second, against plain SQL that scans and aggregates the same rows in the owning databases.
 */
final class NightlyRunBenchmark {

    static final String SECTION = "4. Nightly full run";

    private final PlatformApi api;
    private final Database database;

    NightlyRunBenchmark(PlatformApi api, Database database) {
        this.api = api;
        this.database = database;
    }

    void run(Report report, int runs) throws Exception {
        long facts = facts();
        List<Double> wall = new ArrayList<>();
        List<Double> factRates = new ArrayList<>();
        List<Double> sqlRates = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        int budgets = 0;
        for (int run = 1; run <= runs; run++) {
            JsonNode started = Json.parse(api.send("POST", api.reconciliation + "/reconciliation-runs", null, null, 202, 200, 201).body());
            long id = started.path("id").asLong();
            String runUrl = api.reconciliation + "/reconciliation-runs/" + id;
            Awaitility.await("full run " + id).atMost(Duration.ofHours(1)).pollInterval(Duration.ofMillis(500))
                    .until(() -> !api.get(runUrl).path("status").asText().matches("RUNNING|QUEUED|STARTED|PENDING"));
            JsonNode finished = api.get(runUrl);
            if (!"SUCCEEDED".equals(finished.path("status").asText())) {
                throw new IllegalStateException("full run " + id + " ended " + finished);
            }
            double seconds = Duration.between(Instant.parse(finished.path("startedAt").asText()),
                    Instant.parse(finished.path("finishedAt").asText())).toMillis() / 1000.0;
            budgets = finished.path("budgetsChecked").asInt();
            double sqlSeconds = sqlScan();
            wall.add(seconds);
            factRates.add(facts / seconds);
            sqlRates.add(facts / sqlSeconds);
            ratios.add((facts / seconds) / (facts / sqlSeconds));
            System.out.printf("[bench] full run %d: %d budgets in %.1f s (%.0f facts/s); SQL scan %.2f s%n",
                    run, budgets, seconds, facts / seconds, sqlSeconds);
        }
        report.figure(SECTION, new Figures("wall time, " + budgets + " department-years", "s", wall), "10,000 department-years ≤ 120 s");
        report.figure(SECTION, new Figures("facts per second (" + facts + " facts)", "facts/s", factRates), null);
        report.figure(SECTION, new Figures("plain SQL scan-and-aggregate, same rows", "facts/s", sqlRates), null);
        report.figure(SECTION, new Figures("full run / SQL", "ratio", ratios), null);
    }

    /** Ledger amounts, project sheets, procurement lines and assets: the rows the run reads. */
    private long facts() throws Exception {
        return count("budget_ledger", "SELECT COUNT(*) FROM ledger_amount")
                + count("budget_performance", "SELECT COUNT(*) FROM project_sheet")
                + count("budget_procurement", "SELECT COUNT(*) FROM procurement_line")
                + count("budget_asset", "SELECT COUNT(*) FROM asset");
    }

    private double sqlScan() throws Exception {
        long start = System.nanoTime();
        drain("budget_ledger", """
                SELECT b.dept_code, b.fiscal_year, l.table_no, a.column_code, SUM(a.amount), COUNT(*)
                FROM budget b JOIN ledger_line l ON l.budget_id = b.id JOIN ledger_amount a ON a.line_id = l.id
                WHERE l.deleted = false GROUP BY b.dept_code, b.fiscal_year, l.table_no, a.column_code""");
        drain("budget_performance", "SELECT plan_id, SUM(budget), SUM(fiscal_funds), COUNT(*) FROM project_sheet GROUP BY plan_id");
        drain("budget_procurement", "SELECT budget_id, SUM(project_budget), COUNT(*) FROM procurement_line GROUP BY budget_id");
        drain("budget_asset", "SELECT dept_code, category_code, SUM(original_value), COUNT(*) FROM asset GROUP BY dept_code, category_code");
        return IngestBenchmark.seconds(start);
    }

    private long count(String db, String sql) throws Exception {
        try (Connection c = database.connect(db); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void drain(String db, String sql) throws Exception {
        try (Connection c = database.connect(db); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                r.getString(1);
            }
        }
    }
}
