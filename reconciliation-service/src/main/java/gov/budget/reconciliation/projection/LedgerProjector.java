package gov.budget.reconciliation.projection;

import gov.budget.outbox.jdbc.MultiRowSql;

import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.MalformedEventException;
import gov.budget.contracts.ledger.LedgerLinePayload;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes ledger lines to the line projection, set-based: a whole batch of lines in a few
 * statements, whatever its size. A line whose version is not newer than the stored one is stale and
 * changes nothing, so late or replayed events cannot undo a newer state. The consumer and the full
 * run's repair both write through {@link #apply}.
 */
@ApplicationScoped
public class LedgerProjector {

    private static final List<String> COLUMNS = List.of("aggregate_id", "dept_code", "fiscal_year", "table_no", "code", "row_kind",
            "name", "position", "unit", "version", "deleted", "occurred_at");
    private static final String UPSERT_HEAD = "INSERT INTO ledger_line_projection (" + String.join(", ", COLUMNS) + ")";
    private static final String UPSERT_TAIL = MultiRowSql.newerWinsClause(COLUMNS.subList(1, COLUMNS.size()));

    public boolean handles(EventEnvelope event) {
        return LedgerLinePayload.AGGREGATE_TYPE.equals(event.aggregateType());
    }

    /** The line an event carries, or a {@link MalformedEventException} before anything is written. */
    public LedgerLineRow rowOf(EventEnvelope event) {
        LedgerLinePayload payload = EventCodec.payloadAs(event, LedgerLinePayload.class);
        if (payload == null || payload.code() == null || payload.rowKind() == null || payload.tableNo() < 1
                || event.aggregateId() == null || event.version() < 1 || event.occurredAt() == null) {
            throw new MalformedEventException("event " + event.eventId() + " lacks the key, row kind, version or time of its line", null);
        }
        Map<String, BigDecimal> amounts = payload.deleted() || payload.amounts() == null ? Map.of() : payload.amounts();
        return new LedgerLineRow(event.aggregateId(), event.deptCode(), event.fiscalYear(), payload.tableNo(), payload.code(),
                payload.rowKind(), payload.name(), payload.position(), payload.unit(), event.version(), payload.deleted(),
                event.occurredAt(), amounts);
    }

    /**
     * Writes the newest row of each line, where it is newer than the stored one, in the caller's
     * transaction. The stored lines are locked while they are compared, so that the consumer and a
     * full run's repair never write one line at once.
     */
    public Written<LedgerLineRow> apply(Collection<LedgerLineRow> rows) {
        if (rows.isEmpty()) {
            return new Written<>(List.of(), Map.of());
        }
        Map<String, LedgerLineRow> newest = NewerRows.newestByKey(rows, LedgerLineRow::aggregateId, LedgerLineRow::version);
        Map<String, Long> ids = new HashMap<>();
        Map<String, Long> stored = new HashMap<>();
        MultiRowSql.selectIn("SELECT id, aggregate_id, version FROM ledger_line_projection WHERE aggregate_id IN (?) FOR UPDATE",
                List.of(), newest.keySet(), row -> {
                    ids.put(row.getString(2), row.getLong(1));
                    stored.put(row.getString(2), row.getLong(3));
                    return null;
                });
        List<LedgerLineRow> newer = NewerRows.above(newest, stored, LedgerLineRow::version);
        if (newer.isEmpty()) {
            return new Written<>(List.of(), stored);
        }
        MultiRowSql.insert(UPSERT_HEAD, UPSERT_TAIL, COLUMNS.size(), newer.stream().map(LedgerProjector::values).toList());

        List<String> added = newer.stream().map(LedgerLineRow::aggregateId).filter(id -> !ids.containsKey(id)).toList();
        MultiRowSql.selectIn("SELECT id, aggregate_id FROM ledger_line_projection WHERE aggregate_id IN (?)", List.of(), added,
                row -> ids.put(row.getString(2), row.getLong(1)));
        List<Long> replaced = newer.stream().map(LedgerLineRow::aggregateId).filter(stored::containsKey).map(ids::get).toList();
        MultiRowSql.updateIn("DELETE FROM ledger_projection_amount WHERE line_id IN (?)", List.of(), replaced);
        List<Object[]> amounts = new ArrayList<>();
        for (LedgerLineRow line : newer) {
            Long lineId = ids.get(line.aggregateId());
            line.amounts().forEach((column, amount) -> amounts.add(new Object[] {lineId, column, amount}));
        }
        MultiRowSql.insert("INSERT INTO ledger_projection_amount (line_id, column_code, amount)", "", 3, amounts);
        return new Written<>(newer, stored);
    }

    private static Object[] values(LedgerLineRow line) {
        return new Object[] {line.aggregateId(), line.deptCode(), line.fiscalYear(), line.tableNo(), line.code(), line.rowKind(),
                line.name(), line.position(), line.unit(), line.version(), line.deleted(), line.occurredAt()};
    }
}
