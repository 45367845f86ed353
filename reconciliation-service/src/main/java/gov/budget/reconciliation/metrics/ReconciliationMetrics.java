package gov.budget.reconciliation.metrics;

import gov.budget.outbox.metrics.RecentReading;
import gov.budget.reconciliation.consumer.PendingEvaluations;
import gov.budget.reconciliation.facts.BudgetModels;
import gov.budget.reconciliation.finding.Finding;
import gov.budget.reconciliation.finding.FindingStatus;
import gov.budget.reconciliation.nightly.DriftCount;
import gov.budget.reconciliation.nightly.ReconciliationRun;
import gov.budget.reconciliation.rule.Severity;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reconciliation as Prometheus sees it: events consumed by topic and outcome, the change-to-finding
 * latency (from an event's occurredAt to the evaluation that used it), open findings by severity,
 * and the duration and drift of the last full run. The gauges that count rows read the database at
 * most every 5 s.
 */
@ApplicationScoped
public class ReconciliationMetrics {

    static final List<String> SERVICES = List.of("ledger", "performance", "procurement", "asset");

    @Inject
    MeterRegistry registry;

    /** The consumed-events counters by topic and outcome. */
    private final Map<String, Counter> consumedCounters = new ConcurrentHashMap<>();
    /** The changes-read counters by topic. */
    private final Map<String, Counter> changesCounters = new ConcurrentHashMap<>();

    @Inject
    PendingEvaluations pending;

    @Inject
    BudgetModels models;

    /** How old a gauge's reading of the database may be: scrapes more often than this share one. */
    static final Duration READING_AGE = Duration.ofSeconds(5);

    private Timer changeToFinding;
    private Counter batchesFailed;
    private RecentReading<Map<Severity, Long>> openFindings;
    private RecentReading<Optional<ReconciliationRun>> lastRun;

    void register(@Observes StartupEvent event) {
        changeToFinding = Timer.builder("budget.change.to.finding")
                .description("from a change's occurredAt at its source to the re-evaluation that used it")
                .publishPercentileHistogram()
                .register(registry);
        batchesFailed = Counter.builder("budget.batches.failed")
                .description("polled batches whose transaction or offset commit failed; each is read again after a backoff")
                .register(registry);
        ReconciliationMetrics self = this;
        openFindings = new RecentReading<>(self::countOpenFindings, READING_AGE);
        lastRun = new RecentReading<>(self::readLastRun, READING_AGE);
        for (Severity severity : Severity.values()) {
            Gauge.builder("budget.findings.open", self, m -> m.openFindings(severity))
                    .description("findings that stand now")
                    .tag("severity", severity.name())
                    .register(registry);
        }
        RecentReading<PendingEvaluations.Backlog> waiting = new RecentReading<>(pending::backlog, READING_AGE);
        Gauge.builder("budget.evaluations.pending", waiting, w -> w.get().budgets())
                .description("budgets whose events are applied and whose evaluation waits while the consumer catches up")
                .register(registry);
        Gauge.builder("budget.models.rows", self, m -> m.models.heldRows())
                .description("rows of budgets' facts held in memory, bounded by budget.reconciliation.cached-rows")
                .register(registry);
        FunctionCounter.builder("budget.models.read", self, m -> m.models.reads())
                .description("budgets' models read from the projections because none was held current in memory")
                .register(registry);
        Gauge.builder("budget.nightly.last.duration", self, ReconciliationMetrics::lastRunSeconds)
                .description("how long the last finished full run took")
                .baseUnit("seconds")
                .register(registry);
        for (String service : SERVICES) {
            Gauge.builder("budget.nightly.last.drift", self, m -> m.lastRunDrift(service))
                    .description("rows the last finished full run found missing, stale or extra, and repaired")
                    .tag("service", service)
                    .register(registry);
        }
    }

    public void consumed(String topic, String outcome) {
        // the registry builds the meter's id on every look-up: 2% of the consumer's time, once per event
        consumedCounters.computeIfAbsent(topic + '\n' + outcome,
                key -> registry.counter("budget.events.consumed", "topic", topic, "outcome", outcome)).increment();
    }

    /**
     * The changes that the events read carried: one an event, or each entry of a group event
     * ({@code LedgerLinesChanged}, {@code AssetsChanged}), whether applied or stale.
     */
    public void changesRead(String topic, int changes) {
        changesCounters.computeIfAbsent(topic, key -> registry.counter("budget.changes.read", "topic", topic)).increment(changes);
    }

    public void batchFailed() {
        if (batchesFailed != null) {
            batchesFailed.increment();
        }
    }

    public void changeApplied(Instant occurredAt, Instant evaluatedAt) {
        if (occurredAt != null && changeToFinding != null) {
            changeToFinding.record(Duration.between(occurredAt, evaluatedAt).abs());
        }
    }

    double openFindings(Severity severity) {
        return openFindings.get().getOrDefault(severity, 0L);
    }

    double lastRunSeconds() {
        return lastRun.get().map(r -> (double) Duration.between(r.startedAt, r.finishedAt).toMillis() / 1000).orElse(0.0);
    }

    double lastRunDrift(String service) {
        return lastRun.get().flatMap(r -> r.drift.stream().filter(d -> d.service.equals(service)).findFirst())
                .map(DriftCount::total).orElse(0);
    }

    /** The open findings of each severity, in one statement for all the severities' gauges. */
    @Transactional
    Map<Severity, Long> countOpenFindings() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        Finding.getEntityManager()
                .createQuery("select f.severity, count(f) from Finding f where f.status = ?1 group by f.severity", Object[].class)
                .setParameter(1, FindingStatus.OPEN)
                .getResultStream()
                .forEach(row -> counts.put((Severity) row[0], (Long) row[1]));
        return counts;
    }

    /** The last finished full run with its drift counts, read whole so that the gauges can use it after the transaction. */
    @Transactional
    Optional<ReconciliationRun> readLastRun() {
        Optional<ReconciliationRun> run = ReconciliationRun.<ReconciliationRun>find("finishedAt is not null", Sort.descending("id"))
                .firstResultOptional();
        run.ifPresent(r -> r.drift.size());
        return run;
    }
}
