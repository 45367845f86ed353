package gov.budget.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the benchmarks against the running suite (deploy/local/bench.sh starts it and passes a token)
 * and writes the report under .local/bench/. Options, each with its default:
 * --budgets 1000 (ingest, per run), --runs 3, --clients 4, --accuracy-budgets 200, --inconsistent 0.25,
 * --change-budgets 200, --rate 200, --change-seconds 20, --nightly-sizes 1000,10000,
 * --nightly-prefix (a new one each invocation; name an earlier one to reuse the department-years it loaded),
 * --throughput-events 300000, --seed 20241127, --pdf-batch 100, --console-year 2024,
 * --only accuracy,ingest,change,throughput,nightly,pdf,console (all when absent)
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int budgets = Integer.parseInt(options.getOrDefault("budgets", "1000"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "4"));
        int accuracyBudgets = Integer.parseInt(options.getOrDefault("accuracy-budgets", "200"));
        double inconsistent = Double.parseDouble(options.getOrDefault("inconsistent", "0.25"));
        int changeBudgets = Integer.parseInt(options.getOrDefault("change-budgets", "200"));
        double rate = Double.parseDouble(options.getOrDefault("rate", "200"));
        int changeSeconds = Integer.parseInt(options.getOrDefault("change-seconds", "20"));
        List<Integer> nightlySizes = java.util.Arrays.stream(options.getOrDefault("nightly-sizes", "1000,10000").split(","))
                .map(Integer::parseInt).toList();
        long throughputEvents = Long.parseLong(options.getOrDefault("throughput-events", "300000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "20241127"));
        int pdfBatch = Integer.parseInt(options.getOrDefault("pdf-batch", "100"));
        Set<String> only = Set.of(options.getOrDefault("only", "accuracy,ingest,change,throughput,nightly,pdf,console").split(","));

        Path root = Path.of(Env.get("BUDGET_ROOT", "."));
        Path state = Path.of(Env.get("BUDGET_STATE", root.resolve(".local").toString()));
        Path out = state.resolve("bench").resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(out);
        String bootstrap = Env.get("BUDGET_KAFKA_BOOTSTRAP", "127.0.0.1:9092");
        // department codes unique to this invocation, so runs never collide with earlier data
        String tag = "B" + Long.toString(System.currentTimeMillis() / 1000 % 46_656_000L, 36).toUpperCase();

        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("machine", Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name"));
        setup.put("command", "deploy/local/bench.sh " + String.join(" ", args));
        setup.put("ingest budgets per run", budgets);
        setup.put("runs per figure", runs);
        setup.put("nightly run sizes (department-years)", nightlySizes);
        setup.put("concurrent clients", clients);
        setup.put("generator seed", seed);
        setup.put("department tag", tag);
        String nightlyPrefix = options.getOrDefault("nightly-prefix", tag + "N");
        setup.put("nightly department prefix", nightlyPrefix);
        Database database = new Database();
        setup.put("database buffer pool (MB)", database.bufferPoolMb());
        setup.put("database redo log (MB)", database.redoLogMb());
        Report report = new Report(setup);

        PlatformApi api = new PlatformApi(Env.get("BUDGET_BENCH_TOKEN", ""));
        SampleDisclosure sample = SampleDisclosure.load(root.resolve("deploy/samples/323-2024"));
        HotSpots hotSpots = new HotSpots(state.resolve("run"), out);
        CpuByProcess cpu = new CpuByProcess(state);
        try (MemorySampler memory = new MemorySampler(state.resolve("run"), hotSpots::recording)) {
            Map<String, Double> idle = memory.now();
            boolean measuresMemory = only.stream().anyMatch(Set.of("accuracy", "ingest", "change", "nightly")::contains);
            Map<String, String> recorder = measuresMemory ? loadRecorders(hotSpots, memory) : Map.of();
            memory.start();
            if (only.contains("accuracy")) {
                new AccuracyCheck(api, new BudgetGenerator(sample, seed, inconsistent)).run(report, tag, accuracyBudgets, clients);
            }
            List<GeneratedBudget> loaded = List.of();
            if (only.contains("ingest")) {
                loaded = new IngestBenchmark(api, new BudgetGenerator(sample, seed, 0), new JdbcIngestBaseline(database), hotSpots, cpu)
                        .run(report, tag, budgets, runs, clients);
            }
            if (only.contains("change") && loaded.isEmpty()) {
                // without the ingest benchmark, the budgets to change are loaded here
                BudgetGenerator clean = new BudgetGenerator(sample, seed, 0);
                loaded = java.util.stream.IntStream.range(0, changeBudgets).mapToObj(i -> clean.generate(tag + "C", i)).toList();
                Loader loader = new Loader(api);
                loader.departments(loaded, clients);
                loader.ledgers(loaded, clients);
            }
            if (only.contains("change")) {
                double caughtUp = Quiet.await(api, 60);
                report.note(ChangeToFindingBenchmark.SECTION, String.format("Measured once reconciliation had caught up with the ingest (%.0f s after it).", caughtUp));
                new ChangeToFindingBenchmark(api, bootstrap, "budget.reconciliation.v1", hotSpots, cpu)
                        .run(report, loaded.subList(0, Math.min(changeBudgets, loaded.size())), rate, runs, changeSeconds, clients * 4);
            }
            if (only.contains("nightly")) {
                new NightlyRunBenchmark(api, database, new BudgetGenerator(sample, seed, 0), hotSpots, cpu)
                        .run(report, nightlyPrefix, nightlySizes, runs, clients);
            }
            // the suite is under load while budgets are loaded, changed and fully reconciled
            if (measuresMemory) {
                Map<String, Double> peaks = memory.peaks();
                idle.forEach((service, mb) -> report.fact("5. Memory", service + " resident, idle → peak under load",
                        String.format("%.0f MB → %.0f MB; target ≤ 300 MB", mb, peaks.getOrDefault(service, 0.0))
                                + (recorder.containsKey(service) ? " (" + recorder.get(service) + ")" : "")));
            }
        }
        if (only.contains("pdf")) {
            new PdfImportBenchmark(Env.get("BUDGET_BENCH_TOKEN", ""), root).run(report, tag, pdfBatch, runs, clients);
        }
        if (only.contains("console")) {
            // the generated budgets are of the seed's year
            int consoleYear = Integer.parseInt(options.getOrDefault("console-year", "2024"));
            new ConsolePageBenchmark(Env.get("BUDGET_BENCH_TOKEN", "")).run(report, consoleYear, runs);
        }
        if (only.contains("throughput")) {
            new ReconciliationThroughputBenchmark(api, database, bootstrap, root, throughputEvents, hotSpots, cpu).run(report, runs, out);
        }
        report.write(out);
        Path latest = state.resolve("bench").resolve("latest");
        Files.deleteIfExists(latest);
        Files.createSymbolicLink(latest, out.getFileName());
    }

    /**
     * Loads the flight recorder into the idle services that the benchmarks profile. The recorder keeps
     * its memory for the process's life, so what it adds is measured here and left out of their peaks.
     * Returns, per service, how its figure treats the recorder.
     */
    private static Map<String, String> loadRecorders(HotSpots hotSpots, MemorySampler memory) {
        Map<String, String> treatment = new LinkedHashMap<>();
        for (String service : HotSpots.PROFILED_SERVICES) {
            if (hotSpots.recorderLoaded(service)) {
                treatment.put(service, "the profiler, loaded by an earlier benchmark, is counted; restart the suite for its own figure");
            } else {
                double mb = memory.leaveOut(service, () -> hotSpots.prime(service));
                treatment.put(service, String.format("less the profiler's %.0f MB, measured at idle", mb));
            }
        }
        return treatment;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("options are --name value; see deploy/local/bench.sh");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
