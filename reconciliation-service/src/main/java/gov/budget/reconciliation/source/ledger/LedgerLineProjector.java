package gov.budget.reconciliation.source.ledger;

import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.MalformedEventException;
import gov.budget.contracts.ledger.LedgerLinePayload;
import gov.budget.contracts.ledger.LedgerLinesPayload;
import gov.budget.reconciliation.facts.BudgetChanges;
import gov.budget.reconciliation.projection.AmountsText;
import gov.budget.reconciliation.projection.BudgetKey;
import gov.budget.reconciliation.projection.VersionedUpsert;
import gov.budget.reconciliation.projection.Written;
import gov.budget.reconciliation.rule.RuleInput;
import gov.budget.reconciliation.source.ProjectedAggregate;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes ledger lines to the line projection, set-based: a whole batch of lines, each one row with
 * its amounts, in a few statements whatever its size. A line whose version is not newer than the
 * stored one is stale and changes nothing, so late or replayed events cannot undo a newer state.
 * The consumer and the full run's repair both write through {@link #apply}.
 */
@ApplicationScoped
public class LedgerLineProjector implements ProjectedAggregate<LedgerLineRow> {

    private final VersionedUpsert<LedgerLineRow> upsert = new VersionedUpsert<>("ledger_line_projection",
            List.of("aggregate_id", "dept_code", "fiscal_year", "table_no", "code", "row_kind", "name", "position", "unit", "version",
                    "deleted", "occurred_at", "amounts"),
            List.of("dept_code", "fiscal_year", "aggregate_id"), null, LedgerLineRow::aggregateId, LedgerLineRow::version,
            LedgerLineProjector::values);

    @Override
    public String type() {
        return LedgerLinePayload.AGGREGATE_TYPE;
    }

    @Override
    public LedgerLineRow rowOf(EventEnvelope event) {
        return row(event, event.aggregateId(), event.version(), EventCodec.payloadAs(event, LedgerLinePayload.class));
    }

    @Override
    public Set<String> groupTypes() {
        return Set.of(LedgerLinesPayload.AGGREGATE_TYPE);
    }

    @Override
    public Map<String, Class<?>> payloadClasses() {
        return Map.of(LedgerLinePayload.AGGREGATE_TYPE, LedgerLinePayload.class, LedgerLinesPayload.AGGREGATE_TYPE, LedgerLinesPayload.class);
    }

    /** A line's event gives its row; a table's {@code LedgerLinesChanged} gives each line's, as the line's own event would. */
    @Override
    public List<LedgerLineRow> rowsOf(EventEnvelope event) {
        if (!LedgerLinesPayload.AGGREGATE_TYPE.equals(event.aggregateType())) {
            return List.of(rowOf(event));
        }
        LedgerLinesPayload group = EventCodec.payloadAs(event, LedgerLinesPayload.class);
        if (group == null || group.lines() == null) {
            throw new MalformedEventException("event " + event.eventId() + " lacks its lines", null);
        }
        List<LedgerLineRow> rows = new ArrayList<>(group.lines().size());
        for (LedgerLinesPayload.Entry entry : group.lines()) {
            LedgerLinePayload line = entry == null ? null : entry.line();
            if (line == null || line.code() == null || line.tableNo() != group.tableNo()) {
                throw new MalformedEventException("event " + event.eventId() + " has a line without its code, or of another table", null);
            }
            rows.add(row(event, LedgerLinePayload.aggregateId(event.deptCode(), event.fiscalYear(), line.tableNo(), line.code()),
                    entry.version(), line));
        }
        return rows;
    }

    /** The row of a line of the event's budget, after checking that the line names its key, kind, version and time. */
    private static LedgerLineRow row(EventEnvelope event, String aggregateId, long version, LedgerLinePayload payload) {
        if (payload == null || payload.code() == null || payload.rowKind() == null || payload.tableNo() < 1
                || aggregateId == null || version < 1 || event.occurredAt() == null) {
            throw new MalformedEventException("event " + event.eventId() + " lacks the key, row kind, version or time of its line", null);
        }
        // the projection is keyed by the budget and this id, which must name the same budget to be unique alone
        String id = LedgerLinePayload.aggregateId(event.deptCode(), event.fiscalYear(), payload.tableNo(), payload.code());
        if (!id.equals(aggregateId)) {
            throw new MalformedEventException("event " + event.eventId() + " is of line " + aggregateId
                    + ", but its budget, table and code make " + id, null);
        }
        Map<String, BigDecimal> amounts = payload.deleted() || payload.amounts() == null ? Map.of() : payload.amounts();
        return new LedgerLineRow(aggregateId, event.deptCode(), event.fiscalYear(), payload.tableNo(), payload.code(),
                payload.rowKind(), payload.name(), payload.position(), payload.unit(), version, payload.deleted(),
                event.occurredAt(), amounts);
    }

    @Override
    public Written<LedgerLineRow> apply(Collection<LedgerLineRow> rows) {
        return upsert.apply(rows);
    }

    @Override
    public String key(LedgerLineRow row) {
        return row.aggregateId();
    }

    @Override
    public long version(LedgerLineRow row) {
        return row.version();
    }

    @Override
    public BudgetKey budgetOf(LedgerLineRow row) {
        return row.budget();
    }

    /**
     * A line feeds the rules that read its table, and those that read the list of published tables:
     * a table's rows show it published where its record is missing (events of before the table
     * records), so a table's first line can publish it, and its last one withdraw it.
     */
    @Override
    public Set<RuleInput> touched(LedgerLineRow row) {
        return RuleInput.ledgerTableAndList(row.tableNo());
    }

    @Override
    public void addTo(BudgetChanges changes, LedgerLineRow row) {
        changes.line(row);
    }

    private static Object[] values(LedgerLineRow line) {
        return new Object[] {line.aggregateId(), line.deptCode(), line.fiscalYear(), line.tableNo(), line.code(), line.rowKind(),
                line.name(), line.position(), line.unit(), line.version(), line.deleted(), line.occurredAt(),
                AmountsText.write(line.amounts())};
    }
}
