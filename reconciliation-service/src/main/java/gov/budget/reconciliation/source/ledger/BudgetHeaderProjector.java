package gov.budget.reconciliation.source.ledger;

import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.MalformedEventException;
import gov.budget.contracts.ledger.BudgetPayload;
import gov.budget.reconciliation.facts.BudgetChanges;
import gov.budget.reconciliation.projection.BudgetKey;
import gov.budget.reconciliation.projection.Written;
import gov.budget.reconciliation.rule.RuleInput;
import gov.budget.reconciliation.source.ProjectedAggregate;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Projects BudgetChanged events into the budget projection: template, department name and narrative
 * figures, set-based ({@link BudgetHeaderRows}), as the full run's repair writes them too.
 */
@ApplicationScoped
public class BudgetHeaderProjector implements ProjectedAggregate<BudgetHeaderRow> {

    @Override
    public String type() {
        return BudgetPayload.AGGREGATE_TYPE;
    }

    @Override
    public Map<String, Class<?>> payloadClasses() {
        return Map.of(BudgetPayload.AGGREGATE_TYPE, BudgetPayload.class);
    }

    @Override
    public BudgetHeaderRow rowOf(EventEnvelope event) {
        BudgetPayload payload = EventCodec.payloadAs(event, BudgetPayload.class);
        if (payload == null || payload.templateId() == null || event.version() < 1 || event.occurredAt() == null
                || (payload.narrative() != null && payload.narrative().stream()
                .anyMatch(f -> f == null || f.code() == null || f.amount() == null || f.unit() == null || f.label() == null))) {
            throw new MalformedEventException("event " + event.eventId() + " lacks the template, version, time or a figure's fields", null);
        }
        return new BudgetHeaderRow(event.deptCode(), event.fiscalYear(), event.version(), event.occurredAt(), payload);
    }

    /** Writes the newest header of each budget, where it is newer than the stored one, in the caller's transaction. */
    @Override
    public Written<BudgetHeaderRow> apply(Collection<BudgetHeaderRow> rows) {
        Map<String, BudgetHeaderRow> newest = new LinkedHashMap<>();
        rows.forEach(row -> newest.merge(row.key(), row, (a, b) -> b.version() > a.version() ? b : a));
        Map<String, BudgetHeaderRows.Stored> stored = BudgetHeaderRows.lockStored(newest.values());
        Map<String, Long> storedBefore = new HashMap<>();
        stored.forEach((key, header) -> storedBefore.put(key, header.version()));
        List<BudgetHeaderRow> written = newest.values().stream()
                .filter(row -> row.version() > storedBefore.getOrDefault(row.key(), 0L))
                .toList();
        BudgetHeaderRows.store(written, stored);
        return new Written<>(written, storedBefore);
    }

    @Override
    public String key(BudgetHeaderRow row) {
        return row.key();
    }

    @Override
    public long version(BudgetHeaderRow row) {
        return row.version();
    }

    @Override
    public BudgetKey budgetOf(BudgetHeaderRow row) {
        return row.budget();
    }

    /** A template or a narrative figure may feed any rule. */
    @Override
    public Set<RuleInput> touched(BudgetHeaderRow row) {
        return null;
    }

    @Override
    public void addTo(BudgetChanges changes, BudgetHeaderRow row) {
        changes.header(row.payload());
    }
}
