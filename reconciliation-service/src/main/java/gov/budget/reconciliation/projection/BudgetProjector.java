package gov.budget.reconciliation.projection;

import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.MalformedEventException;
import gov.budget.contracts.ledger.BudgetPayload;
import gov.budget.contracts.ledger.NarrativeFigure;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Applies BudgetChanged events to the budget projection: template, department name and narrative figures. */
@ApplicationScoped
public class BudgetProjector {

    public boolean handles(EventEnvelope event) {
        return BudgetPayload.AGGREGATE_TYPE.equals(event.aggregateType());
    }

    /** Applies one event in the consumer's batch transaction; an older version than the stored one is stale. */
    public Outcome apply(EventEnvelope event) {
        BudgetPayload payload = EventCodec.payloadAs(event, BudgetPayload.class);
        if (payload == null || payload.templateId() == null || event.version() < 1 || event.occurredAt() == null
                || (payload.narrative() != null && payload.narrative().stream()
                .anyMatch(f -> f == null || f.code() == null || f.amount() == null || f.unit() == null || f.label() == null))) {
            throw new MalformedEventException("event " + event.eventId() + " lacks the template, version, time or a figure's fields", null);
        }
        BudgetProjection budget = BudgetProjection.of(event.deptCode(), event.fiscalYear()).orElse(null);
        if (budget != null && event.version() <= budget.version) {
            return Outcome.STALE;
        }
        if (budget == null) {
            budget = new BudgetProjection();
            budget.deptCode = event.deptCode();
            budget.fiscalYear = event.fiscalYear();
        }
        budget.templateId = payload.templateId();
        budget.deptName = payload.deptName();
        budget.version = event.version();
        budget.occurredAt = event.occurredAt();
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
        return Outcome.APPLIED;
    }
}
