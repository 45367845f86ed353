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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a batch's events to the projections: the ledger lines and tables and the other services'
 * records set-based, in a few statements per batch; the rare budget headers one by one. Each event's outcome follows from the versions stored before the batch.
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

    @Transactional(Transactional.TxType.MANDATORY)
    ProjectedBatch project(List<MessageLog.Received> events) {
        ProjectedBatch batch = new ProjectedBatch();
        List<MessageLog.Received> lineEvents = new ArrayList<>();
        List<LedgerLineRow> lineRows = new ArrayList<>();
        List<MessageLog.Received> recordEvents = new ArrayList<>();
        List<RecordRow> recordRows = new ArrayList<>();
        List<MessageLog.Received> tableEvents = new ArrayList<>();
        List<LedgerTableRow> tableRows = new ArrayList<>();
        for (MessageLog.Received received : events) {
            EventEnvelope event = received.event();
            try {
                if (lines.handles(event)) {
                    lineRows.add(lines.rowOf(event));
                    lineEvents.add(received);
                } else if (records.handles(event)) {
                    recordRows.add(records.rowOf(event));
                    recordEvents.add(received);
                } else if (tables.handles(event)) {
                    tableRows.add(tables.rowOf(event));
                    tableEvents.add(received);
                } else if (headers.handles(event)) {
                    Outcome outcome = headers.apply(event);
                    if (outcome == Outcome.APPLIED) {
                        batch.of(key(event)).header(EventCodec.payloadAs(event, BudgetPayload.class));
                    }
                    counted(batch, received, outcome);
                } else {
                    counted(batch, received, Outcome.IGNORED);
                }
            } catch (MalformedEventException e) {
                // set aside, or the partition would retry it for ever
                log.reject(received.record(), e.getMessage());
                metrics.consumed(received.record().topic(), Outcome.REJECTED.name());
            }
        }
        Written<LedgerLineRow> writtenLines = lines.apply(lineRows);
        writtenLines.rows().forEach(row -> batch.of(row.budget()).line(row));
        for (MessageLog.Received received : lineEvents) {
            EventEnvelope event = received.event();
            counted(batch, received, writtenLines.applied(event.aggregateId(), event.version()) ? Outcome.APPLIED : Outcome.STALE);
        }
        Written<LedgerTableRow> writtenTables = tables.apply(tableRows);
        writtenTables.rows().forEach(row -> batch.of(row.budget()).table(row));
        for (MessageLog.Received received : tableEvents) {
            EventEnvelope event = received.event();
            counted(batch, received, writtenTables.applied(event.aggregateId(), event.version()) ? Outcome.APPLIED : Outcome.STALE);
        }
        Written<RecordRow> writtenRecords = records.apply(recordRows);
        for (RecordRow row : writtenRecords.rows()) {
            if (!AssetPayload.AGGREGATE_TYPE.equals(row.aggregateType())) {
                batch.of(row.budget()).record(row);
            }
        }
        for (MessageLog.Received received : recordEvents) {
            EventEnvelope event = received.event();
            boolean applied = writtenRecords.applied(RecordProjector.key(event.aggregateType(), event.aggregateId()), event.version());
            counted(batch, received, applied ? Outcome.APPLIED : Outcome.STALE);
        }
        return batch;
    }

    /**
     * Counts an event's outcome; an applied one also counts in the budget it changed, or, for an
     * asset, in its department's register.
     */
    private void counted(ProjectedBatch batch, MessageLog.Received received, Outcome outcome) {
        EventEnvelope event = received.event();
        metrics.consumed(received.record().topic(), outcome.name());
        if (outcome != Outcome.APPLIED) {
            return;
        }
        batch.appliedAt.add(event.occurredAt());
        if (AssetPayload.AGGREGATE_TYPE.equals(event.aggregateType())) {
            batch.registerChanged(event.deptCode(), event.occurredAt());
        } else {
            batch.of(key(event)).applied(event.occurredAt(), RuleInputs.touchedBy(event));
        }
    }

    private static BudgetKey key(EventEnvelope event) {
        return new BudgetKey(event.deptCode(), event.fiscalYear());
    }
}
