package gov.budget.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * 1. Ingest: ledger lines per second through the ledger's bulk import, against plain JDBC batch
 * inserts of the same rows into the same server, measured in the same run.
 */
final class IngestBenchmark {

    static final String SECTION = "1. Ingest";

    private final PlatformApi api;
    private final BudgetGenerator generator;
    private final JdbcIngestBaseline jdbc;
    private final HotSpots hotSpots;
    private final CpuByProcess cpu;

    IngestBenchmark(PlatformApi api, BudgetGenerator generator, JdbcIngestBaseline jdbc, HotSpots hotSpots, CpuByProcess cpu) {
        this.api = api;
        this.generator = generator;
        this.jdbc = jdbc;
        this.hotSpots = hotSpots;
        this.cpu = cpu;
    }

    /** Returns the budgets the last run loaded, for the benchmarks that change them. */
    List<GeneratedBudget> run(Report report, String tag, int budgets, int runs, int clients) throws Exception {
        Loader loader = new Loader(api);
        List<Double> apiRates = new ArrayList<>();
        List<Double> jdbcRates = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<GeneratedBudget> last = List.of();
        String apiCpu = "";
        String jdbcCpu = "";
        Path profile = null;
        // counted last, the profiled run was the slowest of the fifteenth table's three (5,030 lines/s,
        // the ledger 114 µs a line against 79-81)
        int first = ProfiledRun.first(runs);
        for (int run = first; run <= runs; run++) {
            boolean profiled = run == first;
            String runTag = tag + "I" + run;
            List<GeneratedBudget> set = IntStream.range(0, budgets).mapToObj(i -> generator.generate(runTag, i)).toList();
            loader.departments(set, clients);

            if (profiled) {
                profile = hotSpots.start(HotSpots.LEDGER, 20);
            }
            CpuByProcess.Snapshot cpuBefore = cpu.snapshot();
            long start = System.nanoTime();
            long lines = loader.ledgers(set, clients);
            double apiRate = lines / seconds(start);
            apiCpu = cpu.snapshot().perUnit(cpuBefore, lines, "line");

            jdbc.prepare();
            cpuBefore = cpu.snapshot();
            start = System.nanoTime();
            long rows = jdbc.insert(set, clients);
            double jdbcRate = rows / seconds(start);
            jdbcCpu = cpu.snapshot().perUnit(cpuBefore, rows, "line");

            System.out.printf("[bench] ingest run %d%s: %d lines, API %.0f lines/s, JDBC %.0f lines/s%n", run,
                    ProfiledRun.counted(run) ? "" : " (profiled, not counted)", lines, apiRate, jdbcRate);
            if (ProfiledRun.counted(run)) {
                apiRates.add(apiRate);
                jdbcRates.add(jdbcRate);
                ratios.add(apiRate / jdbcRate);
            }
            System.out.println("[bench] ingest run " + run + ", API: " + apiCpu);
            System.out.println("[bench] ingest run " + run + ", JDBC: " + jdbcCpu);
            last = set;
        }
        report.figure(SECTION, new Figures("bulk API, " + budgets + " budgets, " + clients + " clients", "lines/s", apiRates), "≥ 10,000 lines/s");
        report.figure(SECTION, new Figures("plain JDBC batch insert, same rows", "lines/s", jdbcRates), null);
        report.figure(SECTION, new Figures("API / JDBC", "ratio", ratios), "≥ 0.33");
        report.note(SECTION, "CPU by process while the API loaded (/proc, run " + runs + "; reconciliation goes on applying the"
                + " import's events after it): " + apiCpu + ".");
        report.note(SECTION, "CPU by process while the JDBC baseline inserted the same rows (/proc, run " + runs + "; what"
                + " reconciliation still applied of the API's import falls in it): " + jdbcCpu + ".");
        List<String> spots = hotSpots.summarise(profile, 6);
        if (!spots.isEmpty()) {
            report.note(SECTION, "Where the ledger's time goes during the import (JFR, first 20 s of " + ProfiledRun.described(runs)
                    + ", share of CPU samples): " + String.join("; ", spots) + ".");
        }
        return last;
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
