package gov.budget.procurement.line.event;

import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.EventIds;
import gov.budget.contracts.event.Topics;
import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.contracts.procurement.ProcurementTablePayload;
import gov.budget.contracts.procurement.PublishedTotal;
import gov.budget.procurement.line.ProcurementBudget;
import gov.budget.procurement.line.ProcurementLine;
import gov.budget.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.List;

/** Writes the procurement service's change events to the outbox, in the change's transaction, keyed by budget. */
@ApplicationScoped
public class ProcurementEvents {

    static final String SOURCE = "procurement-service";

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "budget.topics.procurement", defaultValue = Topics.PROCUREMENT)
    String topic;

    public void lineChanged(ProcurementBudget budget, ProcurementLine line, String actor) {
        append(budget, ProcurementLinePayload.EVENT_TYPE, ProcurementLinePayload.AGGREGATE_TYPE,
                ProcurementLinePayload.aggregateId(budget.deptCode, budget.fiscalYear, line.id), line.version, line.updatedAt,
                actor, payload(line));
    }

    public void tableChanged(ProcurementBudget budget, List<PublishedTotal> totals, int lineCount, String actor) {
        append(budget, ProcurementTablePayload.EVENT_TYPE, ProcurementTablePayload.AGGREGATE_TYPE,
                ProcurementTablePayload.aggregateId(budget.deptCode, budget.fiscalYear), budget.version, budget.updatedAt, actor,
                new ProcurementTablePayload(budget.note, totals, lineCount));
    }

    public static ProcurementLinePayload payload(ProcurementLine line) {
        return new ProcurementLinePayload(line.id, line.position, line.unit, line.projectName, line.projectCode,
                line.basicExpenditure, line.projectBudget, line.itemName, line.catalogCode, line.category.name(),
                line.measureUnit, line.quantityAsPublished(), line.unitPrice, line.amounts.amounts(), line.smeShare,
                line.deleted);
    }

    private void append(ProcurementBudget budget, String eventType, String aggregateType, String aggregateId, long version,
                        Instant occurredAt, String actor, Object payload) {
        outbox.append(topic, new EventEnvelope(EventIds.next(), eventType, SOURCE, aggregateType, aggregateId,
                budget.deptCode, budget.fiscalYear, version, occurredAt != null ? occurredAt : Instant.now(), actor,
                EventCodec.toPayload(payload)));
    }
}
