package gov.budget.reconciliation.consumer;

import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.MalformedEventException;
import gov.budget.reconciliation.facts.BudgetChanges;
import gov.budget.reconciliation.metrics.ReconciliationMetrics;
import gov.budget.reconciliation.projection.Outcome;
import gov.budget.reconciliation.projection.Written;
import gov.budget.reconciliation.source.ProjectedAggregate;
import gov.budget.reconciliation.source.Sources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a batch's events to the projections, each kind of aggregate through its source's projector,
 * set-based: a few statements per kind whatever the batch's size. Each event's outcome follows from
 * the versions stored before the batch.
 */
@ApplicationScoped
public class BatchProjector {

    @Inject
    Sources sources;

    @Inject
    MessageLog log;

    @Inject
    ReconciliationMetrics metrics;

    /** An event and the rows it carries, waiting for its kind's set-based write. */
    private record Pending<R>(MessageLog.Received received, List<R> rows) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    ProjectedBatch project(List<MessageLog.Received> events) {
        ProjectedBatch batch = new ProjectedBatch();
        Map<ProjectedAggregate<?>, List<MessageLog.Received>> byKind = new LinkedHashMap<>();
        for (MessageLog.Received received : events) {
            ProjectedAggregate<?> kind = sources.aggregateOf(received.event().aggregateType());
            if (kind == null) {
                metrics.consumed(received.record().topic(), Outcome.IGNORED.name());
            } else {
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(received);
            }
        }
        byKind.forEach((kind, received) -> write(kind, received, batch));
        return batch;
    }

    /**
     * Reads one kind's events as rows, writes them set-based, counts each event's outcome (applied
     * when any row it carries was), and adds the rows written to their budgets' changes.
     */
    private <R> void write(ProjectedAggregate<R> kind, List<MessageLog.Received> events, ProjectedBatch batch) {
        List<Pending<R>> pending = new ArrayList<>(events.size());
        List<R> rows = new ArrayList<>(events.size());
        for (MessageLog.Received received : events) {
            try {
                List<R> carried = kind.rowsOf(received.event());
                pending.add(new Pending<>(received, carried));
                rows.addAll(carried);
            } catch (MalformedEventException e) {
                // set aside, or the partition would retry it for ever
                log.reject(received.record(), e.getMessage());
                metrics.consumed(received.record().topic(), Outcome.REJECTED.name());
            }
        }
        Written<R> written = kind.apply(rows);
        Map<String, Long> newestInBatch = new HashMap<>();
        for (Pending<R> each : pending) {
            EventEnvelope event = each.received().event();
            List<R> applied = new ArrayList<>(each.rows().size());
            for (R row : each.rows()) {
                if (appliedInTurn(written, newestInBatch, kind.key(row), kind.version(row))) {
                    applied.add(row);
                }
            }
            metrics.consumed(each.received().record().topic(), (applied.isEmpty() ? Outcome.STALE : Outcome.APPLIED).name());
            metrics.changesRead(each.received().record().topic(), each.rows().size());
            if (applied.isEmpty()) {
                continue;
            }
            batch.appliedAt.add(event.occurredAt());
            if (kind.departmentWide()) {
                batch.registerChanged(event.deptCode(), event.occurredAt());
            } else {
                applied.forEach(row -> batch.of(kind.budgetOf(row)).applied(event.occurredAt(), kind.touched(row)));
            }
        }
        if (!kind.departmentWide()) {
            written.rows().forEach(row -> {
                BudgetChanges changes = batch.of(kind.budgetOf(row));
                kind.addTo(changes, row);
                if (written.storedBefore().containsKey(kind.key(row))) {
                    changes.replacedStoredRow();
                }
            });
        }
    }

    /**
     * Whether a row counts as applied when the batch's events are taken one by one, in order: newer
     * than the stored version and than the same aggregate's rows earlier in the batch. A late older
     * version, or a repeat, sharing a batch with the newer one is stale, as it would be in a batch of
     * its own; the write itself keeps the newest row either way.
     */
    private static boolean appliedInTurn(Written<?> written, Map<String, Long> newestInBatch, String key, long version) {
        boolean applied = written.applied(key, version) && version > newestInBatch.getOrDefault(key, 0L);
        newestInBatch.merge(key, version, Math::max);
        return applied;
    }
}
