package gov.budget.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 2. Change to finding: from a committed ledger change (the PATCH answered 204, its caller preferring
 * {@code return=minimal}) to the updated finding. Each change moves table 3's 2080106 by one cent, or
 * back, so it opens or resolves R05;
 * the finding's change event on the findings topic is published after the finding is committed,
 * so the time it is seen is an upper bound of when the reconciliation API shows it.
 */
final class ChangeToFindingBenchmark {

    static final String SECTION = "2. Change to finding";
    private static final String RULE = "R05";
    private static final String LOCATION = "3:2080106:total";

    private final PlatformApi api;
    private final String bootstrap;
    private final String findingsTopic;
    private final HotSpots hotSpots;
    private final CpuByProcess cpu;

    ChangeToFindingBenchmark(PlatformApi api, String bootstrap, String findingsTopic, HotSpots hotSpots, CpuByProcess cpu) {
        this.api = api;
        this.bootstrap = bootstrap;
        this.findingsTopic = findingsTopic;
        this.hotSpots = hotSpots;
        this.cpu = cpu;
    }

    /** One budget's state: its table's ETag, whether it is broken now, and the change in flight. */
    private static final class Subject {
        final GeneratedBudget budget;
        final BigDecimal published;
        volatile String etag;
        volatile boolean broken;
        volatile Pending pending;

        Subject(GeneratedBudget budget, BigDecimal published, String etag) {
            this.budget = budget;
            this.published = published;
            this.etag = etag;
        }
    }

    /**
     * One change in flight. It is done when both its PATCH has answered and its finding was seen,
     * in whichever order; only then may its budget change again.
     */
    private static final class Pending {
        final String expectedStatus;
        volatile long committedAt;
        volatile long seenAt;
        private final AtomicInteger parts = new AtomicInteger();

        Pending(String expectedStatus) {
            this.expectedStatus = expectedStatus;
        }

        /** True for the second of the two parts. */
        boolean partDone() {
            return parts.incrementAndGet() == 2;
        }
    }

    /**
     * Seconds of changes at the steady rate before the measured runs, in which reconciliation is
     * profiled, so that the recorder's cost falls in no counted run. The benchmark's JVM starts with
     * this benchmark: its compiler threads used up to 0.28 of a core in its first 20 s of changes at
     * 200/s, cores the suite would otherwise have had, and still up to 0.22 in the first counted run
     * after them (/proc by thread, every 5 s): hence the slices below.
     */
    private static final int WARM_UP_SECONDS = 20;

    /**
     * After the profiled warm-up, more of it in slices of this many seconds, until the benchmark's
     * compilers used under {@link #QUIET_COMPILERS} of a core in a slice, or {@link #MORE_WARM_UP_SLICES}
     * slices passed: the compilers went on at up to a third of a core after the 20 s (/proc by thread),
     * so that the runs counted first shared the cores with them and the last did not.
     */
    private static final int WARM_UP_SLICE_SECONDS = 10;
    private static final int MORE_WARM_UP_SLICES = 6;
    private static final double QUIET_COMPILERS = 0.05;

    /** The offered rate of the quiet measurement, whose p50 target is 50 ms. */
    private static final double QUIET_RATE = 20;

    /**
     * One measurement: changes per second achieved, the latencies of the changes whose finding came,
     * and the CPU each process spent a change until the last finding came.
     */
    record Result(double achievedRate, List<Double> latenciesMs, int missing, String cpu) {
    }

    void run(Report report, List<GeneratedBudget> budgets, double steadyRate, int runs, int seconds, int clients) throws Exception {
        List<Subject> subjects = subjects(budgets);
        List<Double> p50 = new ArrayList<>();
        List<Double> p95 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        List<Double> achieved = new ArrayList<>();
        String steadyCpu = "";
        // reconciliation is profiled in the warm-up, so that the recorder's cost falls in no measured run
        Path profile = hotSpots.start(HotSpots.RECONCILIATION, WARM_UP_SECONDS);
        Result warmUp = measure(subjects, steadyRate, WARM_UP_SECONDS, clients);
        System.out.printf("[bench] change-to-finding at %.0f/s, warm-up (not counted): achieved %.1f/s, p99 %.0f ms%n",
                steadyRate, warmUp.achievedRate(), Figures.percentile(warmUp.latenciesMs(), 99));
        int moreSeconds = warmUntilCompiled(subjects, steadyRate, clients);
        report.note(SECTION, String.format("Before the runs at %.0f/s, a warm-up of %d s at that rate, not counted, in which "
                + "reconciliation is profiled, and %d s more until the benchmark's own compilers used under %.0f%% of a core in %d s: "
                + "the benchmark's JVM is new, and its compilers compete with the suite for the cores in its first minutes of changes.",
                steadyRate, WARM_UP_SECONDS, moreSeconds, 100 * QUIET_COMPILERS, WARM_UP_SLICE_SECONDS));
        for (int run = 1; run <= runs; run++) {
            Result result = measure(subjects, steadyRate, seconds, clients);
            System.out.printf("[bench] change-to-finding at %.0f/s, run %d: achieved %.1f/s, p50 %.0f ms, p99 %.0f ms, %d missing%n",
                    steadyRate, run, result.achievedRate(), Figures.percentile(result.latenciesMs(), 50),
                    Figures.percentile(result.latenciesMs(), 99), result.missing());
            System.out.println("[bench] change-to-finding at " + (int) steadyRate + "/s, run " + run + ": " + result.cpu());
            steadyCpu = result.cpu();
            achieved.add(result.achievedRate());
            p50.add(Figures.percentile(result.latenciesMs(), 50));
            p95.add(Figures.percentile(result.latenciesMs(), 95));
            p99.add(Figures.percentile(result.latenciesMs(), 99));
        }
        String at = "at " + (int) steadyRate + " changes/s";
        report.figure(SECTION, new Figures("achieved rate " + at, "changes/s", achieved), null);
        report.figure(SECTION, new Figures("p50 " + at, "ms", p50), null);
        report.figure(SECTION, new Figures("p95 " + at, "ms", p95), null);
        report.figure(SECTION, new Figures("p99 " + at, "ms", p99), "≤ 250 ms");
        report.note(SECTION, "CPU by process " + at + " offered (/proc, run " + runs + ", until its last finding came): " + steadyCpu + ".");
        List<String> spots = hotSpots.summarise(profile, 6);
        if (!spots.isEmpty()) {
            report.note(SECTION, "Where reconciliation's time goes while changes arrive (JFR, the warm-up, share of CPU samples): "
                    + String.join("; ", spots) + ".");
        }

        // a quiet suite: the latency of one change when nothing queues ahead of it
        List<Double> quietP50 = new ArrayList<>();
        List<Double> quietP99 = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Result result = measure(subjects, QUIET_RATE, seconds, clients);
            System.out.printf("[bench] change-to-finding at %.0f/s, run %d: achieved %.1f/s, p50 %.0f ms, p99 %.0f ms, %d missing%n",
                    QUIET_RATE, run, result.achievedRate(), Figures.percentile(result.latenciesMs(), 50),
                    Figures.percentile(result.latenciesMs(), 99), result.missing());
            quietP50.add(Figures.percentile(result.latenciesMs(), 50));
            quietP99.add(Figures.percentile(result.latenciesMs(), 99));
        }
        report.figure(SECTION, new Figures("p50 at " + (int) QUIET_RATE + " changes/s", "ms", quietP50), "≤ 50 ms");
        report.figure(SECTION, new Figures("p99 at " + (int) QUIET_RATE + " changes/s", "ms", quietP99), null);

        List<Double> maxRate = new ArrayList<>();
        List<Double> maxP50 = new ArrayList<>();
        List<Double> maxP99 = new ArrayList<>();
        String unthrottledCpu = "";
        for (int run = 1; run <= runs; run++) {
            Result result = measure(subjects, Double.POSITIVE_INFINITY, seconds, clients);
            System.out.printf("[bench] change-to-finding unthrottled, run %d: %.1f changes/s, p50 %.0f ms, p99 %.0f ms, %d missing%n",
                    run, result.achievedRate(), Figures.percentile(result.latenciesMs(), 50),
                    Figures.percentile(result.latenciesMs(), 99), result.missing());
            System.out.println("[bench] change-to-finding unthrottled, run " + run + ": " + result.cpu());
            unthrottledCpu = result.cpu();
            maxRate.add(result.achievedRate());
            maxP50.add(Figures.percentile(result.latenciesMs(), 50));
            maxP99.add(Figures.percentile(result.latenciesMs(), 99));
        }
        report.figure(SECTION, new Figures("highest sustained rate (" + clients + " clients, " + subjects.size() + " budgets)", "changes/s", maxRate), null);
        report.figure(SECTION, new Figures("p50 at the highest rate", "ms", maxP50), null);
        report.figure(SECTION, new Figures("p99 at the highest rate", "ms", maxP99), null);
        report.note(SECTION, "CPU by process at the highest rate (/proc, run " + runs + ", until its last finding came): " + unthrottledCpu + ".");
    }

    private List<Subject> subjects(List<GeneratedBudget> budgets) {
        List<Subject> subjects = new ArrayList<>();
        for (GeneratedBudget budget : budgets) {
            String url = api.ledger + "/budgets/" + budget.deptCode() + "/" + budget.fiscalYear() + "/tables/3";
            HttpResponse<String> table = api.send("GET", url, null, null, 200);
            BigDecimal published = null;
            for (JsonNode row : Json.parse(table.body()).path("rows")) {
                if ("2080106".equals(row.path("code").asText())) {
                    published = row.path("amounts").path("total").decimalValue();
                }
            }
            subjects.add(new Subject(budget, published, table.headers().firstValue("ETag").orElseThrow()));
        }
        return subjects;
    }

    /** Warms up in slices until the benchmark's compilers are quiet; returns the seconds it took. */
    private int warmUntilCompiled(List<Subject> subjects, double rate, int clients) throws Exception {
        int seconds = 0;
        for (int slice = 1; slice <= MORE_WARM_UP_SLICES; slice++) {
            double compiledBefore = CpuByProcess.ownCompilerSeconds();
            long start = System.nanoTime();
            measure(subjects, rate, WARM_UP_SLICE_SECONDS, clients);
            double compilers = (CpuByProcess.ownCompilerSeconds() - compiledBefore) / IngestBenchmark.seconds(start);
            seconds += WARM_UP_SLICE_SECONDS;
            System.out.printf("[bench] change-to-finding at %.0f/s, warm-up slice %d (not counted): the benchmark's compilers "
                    + "%.2f of a core%n", rate, slice, compilers);
            if (compilers < QUIET_COMPILERS) {
                break;
            }
        }
        return seconds;
    }

    private Result measure(List<Subject> subjects, double rate, int seconds, int clients) throws Exception {
        Map<String, Subject> byDept = new ConcurrentHashMap<>();
        subjects.forEach(s -> byDept.put(s.budget.deptCode(), s));
        BlockingQueue<Subject> idle = new LinkedBlockingQueue<>(subjects);
        List<Pending> done = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger committed = new AtomicInteger();
        try (KafkaConsumer<String, String> consumer = consumerAtEnd()) {
            Thread listener = new Thread(() -> listen(consumer, byDept, idle, done), "findings-listener");
            listener.start();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            Semaphore inFlight = new Semaphore(clients);
            CpuByProcess.Snapshot cpuBefore = cpu.snapshot();
            long start = System.nanoTime();
            long end = start + TimeUnit.SECONDS.toNanos(seconds);
            long sent = 0;
            while (System.nanoTime() < end) {
                if (rate != Double.POSITIVE_INFINITY) {
                    long due = start + (long) (sent * 1e9 / rate);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
                // a budget may change again once its previous change's finding has come
                Subject subject = idle.poll(100, TimeUnit.MILLISECONDS);
                if (subject == null) {
                    continue;
                }
                inFlight.acquire();
                sent++;
                pool.submit(() -> {
                    try {
                        Pending pending = change(subject);
                        committed.incrementAndGet();
                        if (pending.partDone()) {
                            complete(subject, pending, idle, done);
                        }
                    } catch (RuntimeException e) {
                        System.out.println("[bench] change failed: " + e.getMessage());
                        subject.pending = null;
                        idle.add(subject);
                    } finally {
                        inFlight.release();
                    }
                });
            }
            double elapsed = IngestBenchmark.seconds(start);
            pool.shutdown();
            pool.awaitTermination(60, TimeUnit.SECONDS);
            // the last findings get a moment to arrive; those that do not are counted as missing
            try {
                Awaitility.await("the last findings").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                        .until(() -> done.size() >= committed.get());
            } catch (ConditionTimeoutException e) {
                System.out.println("[bench] " + (committed.get() - done.size()) + " findings did not come within 20 s");
            }
            String cpuSplit = cpu.snapshot().perUnit(cpuBefore, committed.get(), "change");
            listener.interrupt();
            consumer.wakeup();
            listener.join(5000);
            List<Double> latencies = new ArrayList<>();
            synchronized (done) {
                for (Pending pending : done) {
                    latencies.add(Math.max(0, pending.seenAt - pending.committedAt) / 1e6);
                }
            }
            // any subject still waiting goes back to idle for the next run, with its finding state unknown
            for (Subject subject : subjects) {
                if (subject.pending != null) {
                    subject.pending = null;
                    idle.add(subject);
                }
            }
            return new Result(committed.get() / elapsed, latencies, committed.get() - latencies.size(), cpuSplit);
        }
    }

    /** Moves the cell one cent away from, or back to, the published value. */
    private Pending change(Subject subject) {
        boolean breakIt = !subject.broken;
        BigDecimal value = breakIt ? subject.published.add(new BigDecimal("0.01")) : subject.published;
        Pending pending = new Pending(breakIt ? "OPEN" : "RESOLVED");
        subject.pending = pending;
        String url = api.ledger + "/budgets/" + subject.budget.deptCode() + "/" + subject.budget.fiscalYear() + "/tables/3/rows/2080106";
        // as a system sending changes row by row would: it needs the new ETag for its next If-Match, not the table
        HttpResponse<String> response = api.send("PATCH", url, Map.of("amounts", Map.of("total", value)), subject.etag,
                PlatformApi.RETURN_MINIMAL, 204);
        pending.committedAt = System.nanoTime();
        subject.etag = response.headers().firstValue("ETag").orElseThrow();
        subject.broken = breakIt;
        return pending;
    }

    private static void complete(Subject subject, Pending pending, BlockingQueue<Subject> idle, List<Pending> done) {
        subject.pending = null;
        done.add(pending);
        idle.add(subject);
    }

    private void listen(KafkaConsumer<String, String> consumer, Map<String, Subject> byDept,
                        BlockingQueue<Subject> idle, List<Pending> done) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    long seen = System.nanoTime();
                    JsonNode envelope = Json.parse(record.value());
                    JsonNode payload = envelope.path("payload");
                    if (!RULE.equals(payload.path("ruleId").asText()) || !LOCATION.equals(payload.path("location").asText())) {
                        continue;
                    }
                    Subject subject = byDept.get(envelope.path("deptCode").asText());
                    Pending pending = subject == null ? null : subject.pending;
                    if (pending == null || !pending.expectedStatus.equals(payload.path("status").asText()) || pending.seenAt != 0) {
                        continue;
                    }
                    pending.seenAt = seen;
                    if (pending.partDone()) {
                        complete(subject, pending, idle, done);
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.WakeupException | org.apache.kafka.common.errors.InterruptException e) {
            // the run is over
        }
    }

    private KafkaConsumer<String, String> consumerAtEnd() {
        KafkaConsumer<String, String> consumer = TopicsFromStart.plainConsumer(bootstrap);
        List<TopicPartition> partitions = consumer.partitionsFor(findingsTopic).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }
}
