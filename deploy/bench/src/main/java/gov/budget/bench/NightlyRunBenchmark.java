package gov.budget.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * 4. The nightly full run at each size asked for (1,000 and 10,000 department-years by default). Its
 * own department-years are generated and loaded through the bulk APIs of all four services under one
 * department-code prefix, topped up from one size to the next, and each run is limited to that prefix.
 * A prefix loaded by an earlier invocation is resumed: its complete chunks are not loaded again, and
 * a size that is a power of ten is measured on exactly its first department-years (see {@link #scope}).
 * Beside it, plain SQL scans and aggregates the same rows in the owning databases.
 */
final class NightlyRunBenchmark {

    static final String SECTION = "4. Nightly full run";
    /** Budgets generated and loaded at a time, so that 10,000 of them never sit in memory together. */
    private static final int CHUNK = 250;
    /** Seconds of the JFR profile taken of reconciliation at the start of each size's first run. */
    private static final int PROFILE_SECONDS = 20;

    private final PlatformApi api;
    private final Database database;
    private final BudgetGenerator generator;
    private final HotSpots hotSpots;
    private final CpuByProcess cpu;

    NightlyRunBenchmark(PlatformApi api, Database database, BudgetGenerator generator, HotSpots hotSpots, CpuByProcess cpu) {
        this.api = api;
        this.database = database;
        this.generator = generator;
        this.hotSpots = hotSpots;
        this.cpu = cpu;
    }

    void run(Report report, String prefix, List<Integer> sizes, int runs, int clients) throws Exception {
        Loader loader = new Loader(api);
        int loaded = alreadyLoaded(prefix);
        int resumedAt = loaded;
        if (loaded > 0) {
            System.out.printf("[bench] nightly: %d department-years of %s were loaded before%n", loaded, prefix);
        }
        for (int size : sizes.stream().sorted().toList()) {
            long loadStart = System.nanoTime();
            CpuByProcess.Snapshot cpuBefore = cpu.snapshot();
            LoadSteps steps = new LoadSteps();
            LoadSteps otherServices = new LoadSteps();
            int loadedBefore = loaded;
            for (int from = loaded; from < size; from += CHUNK) {
                List<GeneratedBudget> chunk = IntStream.range(from, Math.min(size, from + CHUNK))
                        .mapToObj(i -> generator.generate(prefix, i)).toList();
                // the first chunk of an invocation may have been loaded in part by one that was stopped
                Loader chunkLoader = from == resumedAt ? loader.resuming() : loader;
                steps.time("departments", () -> chunkLoader.departments(chunk, clients));
                steps.time("ledgers", () -> chunkLoader.ledgers(chunk, clients));
                steps.time("the other three services", () -> chunkLoader.otherServices(chunk, clients, otherServices));
                System.out.printf("[bench] nightly: %d of %d department-years loaded%n", Math.min(size, from + CHUNK), size);
            }
            double loadSeconds = IngestBenchmark.seconds(loadStart);
            String loadCpu = cpu.snapshot().perUnit(cpuBefore, size - loadedBefore, "department-year");
            double caughtUp = Quiet.await(api, 180);
            loaded = Math.max(loaded, size);
            int loadedNow = Math.max(0, size - loadedBefore);
            report.note(SECTION, String.format("%,d department-years: %,d of them loaded through the four services' bulk APIs in %.0f s "
                    + "(the others by an earlier invocation with this prefix); reconciliation caught up %.0f s later, before the runs.",
                    size, loadedNow, loadSeconds, caughtUp));
            if (loadedNow > 0) {
                report.note(SECTION, "The load's steps, chunk by chunk (wall time): " + steps + "; the other three services' "
                        + "part, a budget's four requests after one another, by the clients' time in each: " + otherServices.shares()
                        + ". CPU by process while it loaded (/proc): " + loadCpu + ".");
            }
            measure(report, prefix, size, runs);
        }
    }

    /**
     * The department-code prefix of exactly the first {@code size} department-years when size is a power
     * of ten: codes are the prefix and a six-digit index, so PROV000 covers indices 0 to 999. A province
     * loaded before then still gives runs of each size. Any other size is the whole prefix.
     */
    static String scope(String prefix, int size) {
        String digits = Integer.toString(size);
        int zeros = digits.length() - 1;
        if (digits.matches("10*") && zeros <= BudgetGenerator.INDEX_DIGITS) {
            return prefix + "0".repeat(BudgetGenerator.INDEX_DIGITS - zeros);
        }
        return prefix;
    }

    private void measure(Report report, String prefix, int size, int runs) throws Exception {
        String scope = scope(prefix, size);
        long facts = facts(scope);
        List<Double> wall = new ArrayList<>();
        List<Double> factRates = new ArrayList<>();
        List<Double> sqlRates = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        int budgets = 0;
        Path profile = null;
        for (int run = 1; run <= runs; run++) {
            if (run == 1) {
                profile = hotSpots.start(HotSpots.RECONCILIATION, PROFILE_SECONDS);
            }
            JsonNode started = Json.parse(api.send("POST", api.reconciliation + "/reconciliation-runs?deptPrefix=" + scope,
                    null, null, 202).body());
            long id = started.path("id").asLong();
            String runUrl = api.reconciliation + "/reconciliation-runs/" + id;
            Awaitility.await("full run " + id).atMost(Duration.ofHours(1)).pollInterval(Duration.ofMillis(500))
                    .until(() -> !api.get(runUrl).path("status").asText().equals("RUNNING"));
            JsonNode finished = api.get(runUrl);
            if (!"SUCCEEDED".equals(finished.path("status").asText())) {
                throw new IllegalStateException("full run " + id + " ended " + finished);
            }
            double seconds = Duration.between(Instant.parse(finished.path("startedAt").asText()),
                    Instant.parse(finished.path("finishedAt").asText())).toMillis() / 1000.0;
            budgets = finished.path("budgetsChecked").asInt();
            double sqlSeconds = sqlScan(scope);
            wall.add(seconds);
            factRates.add(facts / seconds);
            sqlRates.add(facts / sqlSeconds);
            ratios.add((facts / seconds) / (facts / sqlSeconds));
            System.out.printf("[bench] full run %d of %s: %d budgets in %.1f s (%.0f facts/s); SQL scan %.2f s%n",
                    run, scope, budgets, seconds, facts / seconds, sqlSeconds);
        }
        if (budgets != size) {
            throw new IllegalStateException("the run checked " + budgets + " department-years, not " + size);
        }
        String label = String.format("%,d department-years", size);
        report.figure(SECTION, new Figures("wall time, " + label, "s", wall), size == 10_000 ? "≤ 60 s" : null);
        report.figure(SECTION, new Figures("facts per second, " + label + " (" + facts + " facts)", "facts/s", factRates), null);
        report.figure(SECTION, new Figures("plain SQL scan-and-aggregate, same rows, " + label, "facts/s", sqlRates), null);
        report.figure(SECTION, new Figures("full run / SQL, " + label, "ratio", ratios), null);
        List<String> spots = hotSpots.summarise(profile, 6);
        if (!spots.isEmpty()) {
            report.note(SECTION, "Where reconciliation's time goes in the full run of " + label
                    + " (JFR, first " + PROFILE_SECONDS + " s of run 1, share of CPU samples): " + String.join("; ", spots) + ".");
        }
    }

    /**
     * Department-years of the prefix loaded completely by an earlier invocation, in whole chunks: a chunk
     * is loaded service by service, so a chunk counts once its holdings tables, the last thing written, are all in.
     */
    private int alreadyLoaded(String prefix) throws Exception {
        long holdings = count("budget_asset", "SELECT COUNT(*) FROM holdings_table WHERE dept_code LIKE ?", prefix);
        return (int) (holdings / CHUNK * CHUNK);
    }

    /** Ledger amounts, project sheets, procurement lines and assets of the prefix: the rows the run reads. */
    private long facts(String prefix) throws Exception {
        return count("budget_ledger", """
                SELECT COUNT(*) FROM budget b JOIN ledger_line l ON l.budget_id = b.id JOIN ledger_amount a ON a.line_id = l.id
                WHERE b.dept_code LIKE ?""", prefix)
                + count("budget_performance", """
                SELECT COUNT(*) FROM performance_plan p JOIN project_sheet s ON s.plan_id = p.id WHERE p.dept_code LIKE ?""", prefix)
                + count("budget_procurement", """
                SELECT COUNT(*) FROM procurement_budget b JOIN procurement_line l ON l.budget_id = b.id WHERE b.dept_code LIKE ?""", prefix)
                + count("budget_asset", "SELECT COUNT(*) FROM asset WHERE dept_code LIKE ?", prefix);
    }

    private double sqlScan(String prefix) throws Exception {
        long start = System.nanoTime();
        drain("budget_ledger", """
                SELECT b.dept_code, b.fiscal_year, l.table_no, a.column_code, SUM(a.amount), COUNT(*)
                FROM budget b JOIN ledger_line l ON l.budget_id = b.id JOIN ledger_amount a ON a.line_id = l.id
                WHERE b.dept_code LIKE ? AND l.deleted = false GROUP BY b.dept_code, b.fiscal_year, l.table_no, a.column_code""", prefix);
        drain("budget_performance", """
                SELECT p.dept_code, p.fiscal_year, SUM(s.budget), SUM(s.fiscal_funds), COUNT(*)
                FROM performance_plan p JOIN project_sheet s ON s.plan_id = p.id
                WHERE p.dept_code LIKE ? GROUP BY p.dept_code, p.fiscal_year""", prefix);
        drain("budget_procurement", """
                SELECT b.dept_code, b.fiscal_year, SUM(l.project_budget), COUNT(*)
                FROM procurement_budget b JOIN procurement_line l ON l.budget_id = b.id
                WHERE b.dept_code LIKE ? GROUP BY b.dept_code, b.fiscal_year""", prefix);
        drain("budget_asset", """
                SELECT dept_code, category_code, SUM(original_value), COUNT(*) FROM asset
                WHERE dept_code LIKE ? GROUP BY dept_code, category_code""", prefix);
        return IngestBenchmark.seconds(start);
    }

    private long count(String db, String sql, String prefix) throws Exception {
        try (Connection c = database.connect(db); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, prefix + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private void drain(String db, String sql, String prefix) throws Exception {
        try (Connection c = database.connect(db); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, prefix + "%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    r.getString(1);
                }
            }
        }
    }
}
