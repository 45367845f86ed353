package gov.budget.reconciliation.source.ledger;

import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.MalformedEventException;
import gov.budget.contracts.ledger.LedgerTablePayload;
import gov.budget.reconciliation.facts.BudgetChanges;
import gov.budget.reconciliation.projection.BudgetKey;
import gov.budget.reconciliation.projection.VersionedUpsert;
import gov.budget.reconciliation.projection.Written;
import gov.budget.reconciliation.rule.RuleInput;
import gov.budget.reconciliation.source.ProjectedAggregate;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the budgets' published tables (each one's note and row count) to the table projection,
 * set-based; the newest version of each table wins. The consumer and the full run's repair both
 * write through {@link #apply}.
 */
@ApplicationScoped
public class LedgerTableProjector implements ProjectedAggregate<LedgerTableRow> {

    private final VersionedUpsert<LedgerTableRow> upsert = new VersionedUpsert<>("ledger_table_projection",
            List.of("aggregate_id", "dept_code", "fiscal_year", "table_no", "note", "row_count", "version", "occurred_at"),
            List.of("dept_code", "fiscal_year", "aggregate_id"), null, LedgerTableRow::aggregateId, LedgerTableRow::version,
            t -> new Object[] {t.aggregateId(), t.deptCode(), t.fiscalYear(),
                    t.tableNo(), t.note(), t.rowCount(), t.version(), t.occurredAt()});

    @Override
    public String type() {
        return LedgerTablePayload.AGGREGATE_TYPE;
    }

    @Override
    public Map<String, Class<?>> payloadClasses() {
        return Map.of(LedgerTablePayload.AGGREGATE_TYPE, LedgerTablePayload.class);
    }

    @Override
    public LedgerTableRow rowOf(EventEnvelope event) {
        LedgerTablePayload payload = EventCodec.payloadAs(event, LedgerTablePayload.class);
        if (payload == null || payload.tableNo() < 1 || event.aggregateId() == null || event.version() < 1
                || event.occurredAt() == null) {
            throw new MalformedEventException("event " + event.eventId() + " lacks the table, version or time", null);
        }
        // the projection is keyed by the budget and this id, which must name the same budget to be unique alone
        String id = LedgerTablePayload.aggregateId(event.deptCode(), event.fiscalYear(), payload.tableNo());
        if (!id.equals(event.aggregateId())) {
            throw new MalformedEventException("event " + event.eventId() + " is of table " + event.aggregateId()
                    + ", but its budget and table number make " + id, null);
        }
        return new LedgerTableRow(event.aggregateId(), event.deptCode(), event.fiscalYear(), payload.tableNo(), payload.note(),
                payload.rowCount(), event.version(), event.occurredAt());
    }

    @Override
    public Written<LedgerTableRow> apply(Collection<LedgerTableRow> rows) {
        return upsert.apply(rows);
    }

    @Override
    public String key(LedgerTableRow row) {
        return row.aggregateId();
    }

    @Override
    public long version(LedgerTableRow row) {
        return row.version();
    }

    @Override
    public BudgetKey budgetOf(LedgerTableRow row) {
        return row.budget();
    }

    /** A table's note and row count feed the rules on that table and those on the set of tables published. */
    @Override
    public Set<RuleInput> touched(LedgerTableRow row) {
        return RuleInput.ledgerTableAndList(row.tableNo());
    }

    @Override
    public void addTo(BudgetChanges changes, LedgerTableRow row) {
        changes.table(row);
    }
}
