package gov.budget.reconciliation.consumer;

import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.MalformedEventException;
import gov.budget.contracts.ledger.BudgetPayload;
import gov.budget.reconciliation.metrics.ReconciliationMetrics;
import gov.budget.reconciliation.projection.BudgetKey;
import gov.budget.reconciliation.projection.BudgetProjector;
import gov.budget.reconciliation.projection.LedgerLineRow;
import gov.budget.reconciliation.projection.LedgerProjector;
import gov.budget.reconciliation.projection.LedgerTableProjector;
import gov.budget.reconciliation.projection.LedgerTableRow;
import gov.budget.reconciliation.projection.Outcome;
import gov.budget.reconciliation.projection.RecordProjector;
import gov.budget.reconciliation.projection.RecordRow;
import gov.budget.reconciliation.projection.Written;
import gov.budget.reconciliation.rule.RuleInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes a batch's events to the projections: the ledger lines and tables and the other services'
 * records set-based, in a few statements per batch; the rare budget headers one by one. Each
 * event's outcome follows from the versions stored before the batch.
 */
@ApplicationScoped
public class BatchProjector {

    @Inject
    LedgerProjector lines;

    @Inject
    RecordProjector records;

    @Inject
    LedgerTableProjector tables;

    @Inject
    BudgetProjector headers;

    @Inject
    MessageLog log;

    @Inject
    ReconciliationMetrics metrics;

    /** An event and the row it was turned into, waiting for its kind's set-based write. */
    private record Pending<R>(MessageLog.Received received, R row) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    ProjectedBatch project(List<MessageLog.Received> events) {
        ProjectedBatch batch = new ProjectedBatch();
        List<Pending<LedgerLineRow>> lineRows = new ArrayList<>();
        List<Pending<LedgerTableRow>> tableRows = new ArrayList<>();
        List<Pending<RecordRow>> recordRows = new ArrayList<>();
        for (MessageLog.Received received : events) {
            EventEnvelope event = received.event();
            try {
                if (lines.handles(event)) {
                    lineRows.add(new Pending<>(received, lines.rowOf(event)));
                } else if (tables.handles(event)) {
                    tableRows.add(new Pending<>(received, tables.rowOf(event)));
                } else if (records.handles(event)) {
                    recordRows.add(new Pending<>(received, records.rowOf(event)));
                } else if (headers.handles(event)) {
                    Outcome outcome = headers.apply(event);
                    if (outcome == Outcome.APPLIED) {
                        batch.of(key(event)).header(EventCodec.payloadAs(event, BudgetPayload.class));
                    }
                    counted(batch, received, outcome, null);
                } else {
                    counted(batch, received, Outcome.IGNORED, null);
                }
            } catch (MalformedEventException e) {
                // set aside, or the partition would retry it for ever
                log.reject(received.record(), e.getMessage());
                metrics.consumed(received.record().topic(), Outcome.REJECTED.name());
            }
        }
        write(batch, lineRows, lines::apply, LedgerLineRow::aggregateId, RuleInputs::touchedBy)
                .forEach(row -> batch.of(row.budget()).line(row));
        write(batch, tableRows, tables::apply, LedgerTableRow::aggregateId, RuleInputs::touchedBy)
                .forEach(row -> batch.of(row.budget()).table(row));
        write(batch, recordRows, records::apply, RecordRow::key, row -> RuleInputs.touchedBy(row.aggregateType())).stream()
                // an asset counts in its department's register, not in a budget of its own
                .filter(row -> !AssetPayload.AGGREGATE_TYPE.equals(row.aggregateType()))
                .forEach(row -> batch.of(row.budget()).record(row));
        return batch;
    }

    /** Writes one kind's rows set-based, counts each event's outcome, and returns the rows written. */
    private <R> List<R> write(ProjectedBatch batch, List<Pending<R>> pending, Function<Collection<R>, Written<R>> projector,
                              Function<R, String> key, Function<R, Set<RuleInput>> touched) {
        Written<R> written = projector.apply(pending.stream().map(Pending::row).toList());
        for (Pending<R> each : pending) {
            boolean applied = written.applied(key.apply(each.row()), each.received().event().version());
            counted(batch, each.received(), applied ? Outcome.APPLIED : Outcome.STALE, touched.apply(each.row()));
        }
        return written.rows();
    }

    /**
     * Counts an event's outcome; an applied one also counts in the budget it changed, with the rule
     * inputs it touched (null: every rule), or, for an asset, in its department's register.
     */
    private void counted(ProjectedBatch batch, MessageLog.Received received, Outcome outcome, Set<RuleInput> touched) {
        EventEnvelope event = received.event();
        metrics.consumed(received.record().topic(), outcome.name());
        if (outcome != Outcome.APPLIED) {
            return;
        }
        batch.appliedAt.add(event.occurredAt());
        if (AssetPayload.AGGREGATE_TYPE.equals(event.aggregateType())) {
            batch.registerChanged(event.deptCode(), event.occurredAt());
        } else {
            batch.of(key(event)).applied(event.occurredAt(), touched);
        }
    }

    private static BudgetKey key(EventEnvelope event) {
        return new BudgetKey(event.deptCode(), event.fiscalYear());
    }
}
