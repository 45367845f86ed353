package gov.budget.reconciliation.projection;

import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.MalformedEventException;
import gov.budget.contracts.ledger.LedgerTablePayload;
import gov.budget.outbox.jdbc.MultiRowSql;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the budgets' published tables (each one's note and row count) to the table projection,
 * set-based; the newest version of each table wins. The consumer and the full run's repair both
 * write through {@link #apply}.
 */
@ApplicationScoped
public class LedgerTableProjector {

    private static final List<String> COLUMNS = List.of("aggregate_id", "dept_code", "fiscal_year", "table_no", "note", "row_count",
            "version", "occurred_at");
    private static final String UPSERT_HEAD = "INSERT INTO ledger_table_projection (" + String.join(", ", COLUMNS) + ")";
    private static final String UPSERT_TAIL = MultiRowSql.newerWinsClause(COLUMNS.subList(1, COLUMNS.size()));

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
        if (rows.isEmpty()) {
            return new Written<>(List.of(), Map.of());
        }
        Map<String, LedgerTableRow> newest = NewerRows.newestByKey(rows, LedgerTableRow::aggregateId, LedgerTableRow::version);
        Map<String, Long> stored = new HashMap<>();
        MultiRowSql.selectIn("SELECT aggregate_id, version FROM ledger_table_projection WHERE aggregate_id IN (?) FOR UPDATE",
                List.of(), newest.keySet(), row -> stored.put(row.getString(1), row.getLong(2)));
        List<LedgerTableRow> newer = NewerRows.above(newest, stored, LedgerTableRow::version);
        MultiRowSql.insert(UPSERT_HEAD, UPSERT_TAIL, COLUMNS.size(), newer.stream()
                .map(t -> new Object[] {t.aggregateId(), t.deptCode(), t.fiscalYear(), t.tableNo(), t.note(), t.rowCount(), t.version(),
                        t.occurredAt()})
                .toList());
        return new Written<>(newer, stored);
    }
}
