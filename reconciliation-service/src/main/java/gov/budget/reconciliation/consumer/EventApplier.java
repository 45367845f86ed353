package gov.budget.reconciliation.consumer;

import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.asset.HoldingsPayload;
import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.MalformedEventException;
import gov.budget.reconciliation.finding.ReconciliationService;
import gov.budget.reconciliation.metrics.ReconciliationMetrics;
import gov.budget.reconciliation.projection.BudgetProjector;
import gov.budget.reconciliation.projection.LedgerLineProjection;
import gov.budget.reconciliation.projection.LedgerTableProjector;
import gov.budget.reconciliation.projection.RecordProjection;
import gov.budget.reconciliation.projection.RecordProjector;
import gov.budget.reconciliation.projection.LedgerProjector;
import gov.budget.reconciliation.projection.ProcessedEvent;
import gov.budget.reconciliation.projection.ProcessedEvent.Outcome;
import gov.budget.reconciliation.projection.RejectedEvent;
import gov.budget.reconciliation.rule.RuleInput;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies one polled batch in one database transaction: each event once (by event id), newer
 * versions only, then re-evaluates every budget the batch touched.
 */
@ApplicationScoped
public class EventApplier {

    private static final Logger LOG = Logger.getLogger(EventApplier.class);

    @Inject
    LedgerProjector ledgerProjector;

    @Inject
    LedgerTableProjector tableProjector;

    @Inject
    BudgetProjector budgetProjector;

    @Inject
    RecordProjector recordProjector;

    @Inject
    ReconciliationService reconciliation;

    @Inject
    ReconciliationMetrics metrics;

    @Transactional
    public void apply(List<ConsumerRecord<String, String>> records) {
        List<Received> readable = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            try {
                readable.add(new Received(record, read(record)));
            } catch (MalformedEventException e) {
                reject(record, e.getMessage());
            }
        }
        List<EventEnvelope> events = readable.stream().map(Received::event).toList();
        // one query each for the whole batch; the sets and maps then also catch repeats within it
        Set<String> seen = ProcessedEvent.alreadyProcessed(events.stream().map(e -> e.eventId().toString()).toList());
        Map<String, LedgerLineProjection> ledgerLines = ledgerProjector.linesOf(events);
        Map<String, RecordProjection> projectedRecords = recordProjector.recordsOf(events);
        Map<String, List<Integer>> holdingsYears = new HashMap<>();

        Map<String, TouchedBudget> touched = new LinkedHashMap<>();
        List<EventEnvelope> applied = new ArrayList<>();
        for (Received received : readable) {
            EventEnvelope event = received.event();
            if (!seen.add(event.eventId().toString())) {
                continue;
            }
            Outcome outcome;
            try {
                outcome = project(event, ledgerLines, projectedRecords);
            } catch (MalformedEventException e) {
                // set aside, or the partition would retry it for ever
                reject(received.record(), e.getMessage());
                metrics.consumed(received.record().topic(), "REJECTED");
                continue;
            }
            record(received.record(), event, outcome);
            metrics.consumed(received.record().topic(), outcome.name());
            if (outcome == Outcome.APPLIED) {
                applied.add(event);
                for (int year : fiscalYearsTouchedBy(event, holdingsYears)) {
                    touched.computeIfAbsent(event.deptCode() + ":" + year, k -> new TouchedBudget(event.deptCode(), year))
                            .add(event.occurredAt(), RuleInputs.touchedBy(event));
                }
            }
        }
        // one evaluation per budget and batch, however many of its events the batch held; each starts
        // with the projections written and an empty persistence context, so that the flush Hibernate
        // runs before every query checks that budget's entities only, not the whole batch's
        EntityManager entities = Panache.getEntityManager();
        for (TouchedBudget b : touched.values()) {
            entities.flush();
            entities.clear();
            reconciliation.reevaluate(b.deptCode, b.fiscalYear, b.inputs, b.events, b.lastEventAt);
        }
        Instant evaluated = Instant.now();
        applied.forEach(event -> metrics.changeApplied(event.occurredAt(), evaluated));
    }

    /**
     * The budgets an applied event changes: its own; for an asset, every budget of its department with
     * a holdings table instead, since the register counts in each of them. An asset is keyed by the
     * year after its acquisition, which is no budget of its own: evaluating that year would make up a
     * department-year that nobody filed. The holdings years are read once per department and batch;
     * a holdings table filed later evaluates its budget, with the register, when its own event comes.
     */
    private static List<Integer> fiscalYearsTouchedBy(EventEnvelope event, Map<String, List<Integer>> holdingsYears) {
        if (!AssetPayload.AGGREGATE_TYPE.equals(event.aggregateType())) {
            return List.of(event.fiscalYear());
        }
        return holdingsYears.computeIfAbsent(event.deptCode(),
                dept -> RecordProjection.fiscalYearsOf(HoldingsPayload.AGGREGATE_TYPE, dept));
    }

    private Outcome project(EventEnvelope event, Map<String, LedgerLineProjection> ledgerLines,
                            Map<String, RecordProjection> records) {
        if (ledgerProjector.handles(event)) {
            return ledgerProjector.apply(event, ledgerLines);
        }
        if (tableProjector.handles(event)) {
            return tableProjector.apply(event);
        }
        if (budgetProjector.handles(event)) {
            return budgetProjector.apply(event);
        }
        if (recordProjector.handles(event)) {
            return recordProjector.apply(event, records);
        }
        return Outcome.IGNORED;
    }

    private static EventEnvelope read(ConsumerRecord<String, String> record) {
        EventEnvelope event = EventCodec.fromJson(record.value());
        if (event.eventId() == null || event.deptCode() == null || event.aggregateType() == null) {
            throw new MalformedEventException("event lacks eventId, deptCode or aggregateType", null);
        }
        return event;
    }

    /** A record that reads as an event. */
    private record Received(ConsumerRecord<String, String> record, EventEnvelope event) {
    }

    private static void record(ConsumerRecord<String, String> record, EventEnvelope event, Outcome outcome) {
        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = event.eventId().toString();
        processed.topic = record.topic();
        processed.partition = record.partition();
        processed.offset = record.offset();
        processed.deptCode = event.deptCode();
        processed.fiscalYear = event.fiscalYear();
        processed.outcome = outcome;
        processed.processedAt = Instant.now();
        processed.persist();
    }

    private static void reject(ConsumerRecord<String, String> record, String reason) {
        LOG.warnf("skipping unreadable record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), reason);
        RejectedEvent rejected = new RejectedEvent();
        rejected.topic = record.topic();
        rejected.partition = record.partition();
        rejected.offset = record.offset();
        rejected.reason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        rejected.receivedAt = Instant.now();
        rejected.persist();
    }

    /**
     * A budget that a batch changed: how many of its events were applied, the latest change time, and
     * the rule inputs they touched (null once one of them touches everything).
     */
    private static final class TouchedBudget {
        final String deptCode;
        final int fiscalYear;
        Set<RuleInput> inputs = new HashSet<>();
        int events;
        Instant lastEventAt;

        TouchedBudget(String deptCode, int fiscalYear) {
            this.deptCode = deptCode;
            this.fiscalYear = fiscalYear;
        }

        void add(Instant occurredAt, Set<RuleInput> touched) {
            if (inputs != null) {
                if (touched == null) {
                    inputs = null;
                } else {
                    inputs.addAll(touched);
                }
            }
            events++;
            if (lastEventAt == null || (occurredAt != null && occurredAt.isAfter(lastEventAt))) {
                lastEventAt = occurredAt;
            }
        }
    }
}
