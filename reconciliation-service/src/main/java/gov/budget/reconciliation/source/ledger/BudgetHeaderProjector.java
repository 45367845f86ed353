package gov.budget.reconciliation.source.ledger;

import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.MalformedEventException;
import gov.budget.contracts.ledger.BudgetPayload;
import gov.budget.contracts.ledger.NarrativeFigure;
import gov.budget.reconciliation.facts.BudgetChanges;
import gov.budget.reconciliation.projection.BudgetKey;
import gov.budget.reconciliation.projection.Written;
import gov.budget.reconciliation.rule.RuleInput;
import gov.budget.reconciliation.source.ProjectedAggregate;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Projects BudgetChanged events into the budget projection: template, department name and narrative
 * figures. Headers are rare (one per budget import or header edit), so they are written one by one.
 * The full run's repair writes a header's fields through {@link #write} as well.
 */
@ApplicationScoped
public class BudgetHeaderProjector implements ProjectedAggregate<BudgetHeaderRow> {

    @Override
    public String type() {
        return BudgetPayload.AGGREGATE_TYPE;
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
        Map<String, Long> storedBefore = new HashMap<>();
        List<BudgetHeaderRow> written = new ArrayList<>();
        for (BudgetHeaderRow row : newest.values()) {
            BudgetProjection budget = BudgetProjection.of(row.deptCode(), row.fiscalYear()).orElse(null);
            if (budget != null) {
                storedBefore.put(row.key(), budget.version);
                if (row.version() <= budget.version) {
                    continue;
                }
            } else {
                budget = new BudgetProjection();
                budget.deptCode = row.deptCode();
                budget.fiscalYear = row.fiscalYear();
            }
            budget.version = row.version();
            budget.occurredAt = row.occurredAt();
            write(budget, row.payload());
            written.add(row);
        }
        return new Written<>(written, storedBefore);
    }

    /** Sets the header's fields to what the ledger published, and persists it. */
    static void write(BudgetProjection budget, BudgetPayload payload) {
        budget.templateId = payload.templateId();
        budget.deptName = payload.deptName();
        budget.narrative.clear();
        List<NarrativeFigure> figures = payload.narrative() == null ? List.of() : payload.narrative();
        for (int i = 0; i < figures.size(); i++) {
            NarrativeFigure figure = figures.get(i);
            NarrativeFigureProjection projected = new NarrativeFigureProjection();
            projected.budget = budget;
            projected.position = i + 1;
            projected.code = figure.code();
            projected.label = figure.label();
            projected.amount = figure.amount();
            projected.unit = figure.unit();
            projected.text = figure.text();
            budget.narrative.add(projected);
        }
        budget.persist();
    }

    @Override
    public String key(BudgetHeaderRow row) {
        return row.key();
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
