package gov.budget.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * 3. Reconciliation throughput: a fresh reconciliation instance (its own database and consumer
 * group) reads the change topics from the beginning and applies each event; changes per second
 * from its first event until it has read {@code limit} changes (or has no lag, if the topics hold
 * fewer) and evaluated every budget they changed, against a plain Kafka consumer reading as many
 * events of the same topics and a JDBC batch insert of as many projection rows. A change is an
 * event of one record or an entry of a group event ({@code LedgerLinesChanged},
 * {@code AssetsChanged}): one projection row either way.
 */
final class ReconciliationThroughputBenchmark {

    static final String SECTION = "3. Reconciliation throughput";
    static final List<String> TOPICS = List.of("budget.ledger.v1", "budget.performance.v1", "budget.procurement.v1", "budget.asset.v1");
    private static final int PORT = 18085;
    private static final String EVENTS = "budget_events_consumed_total";
    private static final String CHANGES = "budget_changes_read_total";
    /**
     * Seconds after its first event that the instance's profile starts: each run's instance is new,
     * and its first seconds go to compiling the consumer's code.
     */
    private static final int PROFILE_DELAY_SECONDS = 10;

    private final PlatformApi api;
    private final Database database;
    private final String bootstrap;
    private final Path jar;

    private final long limit;
    private final HotSpots hotSpots;
    private final CpuByProcess cpu;
    /** The recording of the first run's instance, or null. */
    private Path profile;
    /** The CPU by process of the last run's timed window. */
    private String lastCpu = "";

    ReconciliationThroughputBenchmark(PlatformApi api, Database database, String bootstrap, Path root, long limit, HotSpots hotSpots,
                                      CpuByProcess cpu) {
        this.api = api;
        this.hotSpots = hotSpots;
        this.cpu = cpu;
        this.limit = limit;
        this.database = database;
        this.bootstrap = bootstrap;
        this.jar = root.resolve("reconciliation-service/target/quarkus-app/quarkus-run.jar");
    }

    void run(Report report, int runs, Path logs) throws Exception {
        List<Double> suite = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> jdbc = new ArrayList<>();
        List<Double> jdbcRatios = new ArrayList<>();
        List<Double> peaks = new ArrayList<>();
        List<Double> eventRates = new ArrayList<>();
        long changes = 0;
        long events = 0;
        // the first runs are the slowest whether profiled or not (after a province's load, 15,917
        // changes/s profiled, then 13,220, 16,816 and 21,335)
        int first = ProfiledRun.first(runs);
        for (int run = first; run <= runs; run++) {
            double[] measured = fresh(run, run == first, logs);
            if (!ProfiledRun.counted(run)) {
                System.out.printf("[bench] reconciliation run 0 (profiled, not counted): %.0f changes applied/s%n", measured[0]);
                continue;
            }
            changes = (long) measured[1];
            events = (long) measured[4];
            peaks.add(measured[2]);
            double plain = plainConsumer(events);
            double inserts = new ProjectionInsertBaseline(database, bootstrap).rowsPerSecond(changes);
            suite.add(measured[0]);
            eventRates.add(measured[3]);
            raw.add(plain);
            ratios.add(measured[3] / plain);
            jdbc.add(inserts);
            jdbcRatios.add(measured[0] / inserts);
            System.out.printf("[bench] reconciliation run %d: %.0f changes applied/s (%d changes), %.0f events/s (%d events), "
                    + "plain consumer %.0f events/s, JDBC batch insert %.0f rows/s%n", run, measured[0], changes, measured[3], events, plain,
                    inserts);
        }
        report.figure(SECTION, new Figures("reconciliation, consume and apply (" + changes + " changes: an event of one record, or an "
                + "entry of a group event)", "changes/s", suite), "≥ 20,000 a second");
        report.figure(SECTION, new Figures("the same, events (" + events + " records)", "events/s", eventRates), null);
        report.figure(SECTION, new Figures("plain Kafka consumer, as many records of the same topics", "events/s", raw), null);
        report.figure(SECTION, new Figures("reconciliation / plain consumer, events", "ratio", ratios), null);
        report.figure(SECTION, new Figures("JDBC batch insert of as many projection rows", "rows/s", jdbc), null);
        report.figure(SECTION, new Figures("reconciliation / JDBC batch insert", "ratio", jdbcRatios), "≥ 0.5");
        report.figure(SECTION, new Figures("the instance's peak resident memory (VmHWM), with the suite's JVM settings"
                + (runs > 1 ? ", the runs after the profiled one" : ""), "MB", peaks), "≤ 300 MB");
        report.note(SECTION, "CPU by process from the instance's first event until it had evaluated what it applied (/proc, run "
                + runs + "): " + lastCpu + ".");
        List<String> spots = hotSpots.summarise(profile, 6);
        if (!spots.isEmpty()) {
            report.note(SECTION, "Where the benchmark's instance spends its time (JFR, 20 s of " + ProfiledRun.described(runs)
                    + ", from " + PROFILE_DELAY_SECONDS
                    + " s after its first event, share of CPU samples): " + String.join("; ", spots) + ".");
        }
    }

    /**
     * Starts a fresh instance and returns {changes per second, changes read, its peak resident memory in MB,
     * events per second, events read}.
     */
    private double[] fresh(int run, boolean profiled, Path logs) throws Exception {
        database.recreate(JdbcIngestBaseline.DATABASE);
        String group = "bench-" + System.currentTimeMillis() + "-" + run;
        // as deploy/local/run.sh does: the migrations run in a JVM of their own, and the instance without them
        Process migrations = instance(List.of("-Dquarkus.init-and-exit=true"), logs.resolve("bench-reconciliation-" + run + "-migrations.log"));
        if (!migrations.waitFor(5, TimeUnit.MINUTES) || migrations.exitValue() != 0) {
            migrations.destroyForcibly();
            throw new IllegalStateException("the migrations of the benchmark's reconciliation database failed; see its log in " + logs);
        }
        Process process = instance(List.of("-Dquarkus.liquibase.migrate-at-start=false",
                "-Dbudget.reconciliation.group-id=" + group,
                "-Dbudget.reconciliation.nightly-cron=off",
                "-Dbudget.topics.reconciliation=bench.budget.reconciliation.v1"), logs.resolve("bench-reconciliation-" + run + ".log"));
        String base = "http://127.0.0.1:" + PORT;
        try {
            // the clock starts at its first event, so that its start-up is not counted
            double firstCount = Awaitility.await("the benchmark's instance consuming").atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(100))
                    .failFast("the benchmark's reconciliation instance exited; see its log in " + logs, () -> !process.isAlive())
                    .until(() -> read(base, CHANGES), read -> read > 0);
            double firstEvents = read(base, EVENTS);
            CpuByProcess.Snapshot cpuBefore = cpu.with("throughput instance", process.pid()).snapshot();
            long firstAt = System.nanoTime();
            if (profiled) {
                profile = hotSpots.start("bench-reconciliation", String.valueOf(process.pid()), PROFILE_DELAY_SECONDS, 20);
            }
            Awaitility.await("the benchmark's instance catching up").atMost(Duration.ofMinutes(30))
                    .pollInterval(Duration.ofMillis(200))
                    .failFast("the benchmark's reconciliation instance exited; see its log in " + logs, () -> !process.isAlive())
                    .until(() -> read(base, CHANGES) >= limit || lag(base) == 0);
            double total = read(base, CHANGES);
            double events = read(base, EVENTS);
            // applied is not done: every budget those events changed must have been evaluated since
            Instant read = Instant.now();
            Awaitility.await("the benchmark's instance evaluating what it applied").atMost(Duration.ofMinutes(30))
                    .pollInterval(Duration.ofMillis(100))
                    .failFast("the benchmark's reconciliation instance exited; see its log in " + logs, () -> !process.isAlive())
                    .until(() -> evaluatedSince(base, read));
            double seconds = (System.nanoTime() - firstAt) / 1e9;
            lastCpu = cpu.snapshot().perUnit(cpuBefore, total - firstCount, "change");
            System.out.println("[bench] reconciliation run " + run + ": " + lastCpu);
            return new double[] {(total - firstCount) / seconds, total, MemorySampler.lifetimePeakMb(process.pid()),
                    (events - firstEvents) / seconds, events};
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Starts the packaged reconciliation service on its own database and port, with the suite's JVM settings and {@code properties}. */
    private Process instance(List<String> properties, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of("java"));
        // the JVM settings the suite runs reconciliation with (deploy/local/env.sh), so that the figure is the suite's
        for (String options : List.of(Env.get("BUDGET_JAVA_OPTS", ""), Env.get("BUDGET_RECONCILIATION_JVM", ""))) {
            Arrays.stream(options.trim().split("\\s+")).filter(o -> !o.isEmpty()).forEach(command::add);
        }
        command.add("-Dquarkus.http.port=" + PORT);
        command.addAll(properties);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("BUDGET_RECONCILIATION_DB", JdbcIngestBaseline.DATABASE);
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        return builder.start();
    }

    /** The sum of the instance's counters of this name, over their topics (and outcomes). */
    private double read(String base, String counter) {
        try {
            String metrics = api.send("GET", base + "/q/metrics", null, null, 200).body();
            return metrics.lines().filter(l -> l.startsWith(counter))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
        } catch (RuntimeException e) {
            return 0; // not up yet
        }
    }

    /** Whether no budget waits for its evaluation since before {@code read}. */
    private boolean evaluatedSince(String base, Instant read) {
        try {
            JsonNode oldest = api.get(base + "/reconciliations/consumer-lag").path("oldestPendingSince");
            return oldest.isNull() || oldest.isMissingNode() || Instant.parse(oldest.asText()).isAfter(read);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private long lag(String base) {
        try {
            return api.get(base + "/reconciliations/consumer-lag").path("totalLag").asLong(-1);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** Records per second a plain consumer reads from the beginning of the same topics, {@code count} of them or to their end. */
    private double plainConsumer(long count) {
        try (TopicsFromStart topics = new TopicsFromStart(bootstrap, TOPICS)) {
            long total = 0;
            long start = System.nanoTime();
            while (total < count && topics.hasMore()) {
                List<ConsumerRecord<String, String>> records = topics.poll();
                total += records.size();
                // a consumer reads the value, as the service does before parsing it
                records.forEach(r -> r.value().length());
            }
            return total / IngestBenchmark.seconds(start);
        }
    }
}
