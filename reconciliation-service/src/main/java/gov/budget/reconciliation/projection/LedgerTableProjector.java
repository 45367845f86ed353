package gov.budget.reconciliation.projection;

import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.MalformedEventException;
import gov.budget.contracts.ledger.LedgerTablePayload;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

/**
 * Writes the budgets' published tables (each one's note and row count) to the table projection,
 * set-based; the newest version of each table wins. The consumer and the full run's repair both
 * write through {@link #apply}.
 */
@ApplicationScoped
public class LedgerTableProjector {

    private final VersionedUpsert<LedgerTableRow> upsert = new VersionedUpsert<>("ledger_table_projection",
            List.of("aggregate_id", "dept_code", "fiscal_year", "table_no", "note", "row_count", "version", "occurred_at"),
            null, LedgerTableRow::aggregateId, LedgerTableRow::version, t -> new Object[] {t.aggregateId(), t.deptCode(), t.fiscalYear(),
                    t.tableNo(), t.note(), t.rowCount(), t.version(), t.occurredAt()});

    public boolean handles(EventEnvelope event) {
        return LedgerTablePayload.AGGREGATE_TYPE.equals(event.aggregateType());
    }

    /** The table an event carries, or a {@link MalformedEventException} before anything is written. */
    public LedgerTableRow rowOf(EventEnvelope event) {
        LedgerTablePayload payload = EventCodec.payloadAs(event, LedgerTablePayload.class);
        if (payload == null || payload.tableNo() < 1 || event.aggregateId() == null || event.version() < 1
                || event.occurredAt() == null) {
            throw new MalformedEventException("event " + event.eventId() + " lacks the table, version or time", null);
        }
        return new LedgerTableRow(event.aggregateId(), event.deptCode(), event.fiscalYear(), payload.tableNo(), payload.note(),
                payload.rowCount(), event.version(), event.occurredAt());
    }

    /** Writes the newest row of each table, where it is newer than the stored one, in the caller's transaction. */
    public Written<LedgerTableRow> apply(Collection<LedgerTableRow> rows) {
        return upsert.apply(rows);
    }
}
