package gov.budget.procurement.line.event;

import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.EventIds;
import gov.budget.contracts.event.Topics;
import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.contracts.procurement.ProcurementLinesPayload;
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
        outbox.append(topic, lineEnvelope(budget, line, EventCodec.toPayload(payload(line)), actor));
    }

    /**
     * The lines one import changed, once the budget's table has its new version: a
     * {@code ProcurementLineChanged} event for one line, else {@code ProcurementLinesChanged} events
     * of at most {@link Outbox#MAX_GROUP_CHANGES} lines, in each of which every line is still
     * recorded as a change of its own ({@link Outbox#appendGroup}).
     */
    public void linesChanged(ProcurementBudget budget, List<ProcurementLine> lines, String actor) {
        if (lines.size() == 1) {
            lineChanged(budget, lines.get(0), actor);
            return;
        }
        outbox.appendGroups(topic, lines, "lines", "line",
                part -> new ProcurementLinesPayload(part.stream()
                        .map(line -> new ProcurementLinesPayload.Entry(line.version, line.updatedAt, payload(line))).toList()),
                (line, payload) -> lineEnvelope(budget, line, payload, actor),
                (part, payload) -> envelope(budget, ProcurementLinesPayload.EVENT_TYPE, ProcurementLinesPayload.AGGREGATE_TYPE,
                        ProcurementTablePayload.aggregateId(budget.deptCode, budget.fiscalYear), budget.version, budget.updatedAt,
                        actor, payload));
    }

    private static EventEnvelope lineEnvelope(ProcurementBudget budget, ProcurementLine line, JsonNode payload, String actor) {
        return envelope(budget, ProcurementLinePayload.EVENT_TYPE, ProcurementLinePayload.AGGREGATE_TYPE,
                ProcurementLinePayload.aggregateId(budget.deptCode, budget.fiscalYear, line.id), line.version, line.updatedAt, actor,
                payload);
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
        outbox.append(topic, envelope(budget, eventType, aggregateType, aggregateId, version, occurredAt, actor,
                EventCodec.toPayload(payload)));
    }

    private static EventEnvelope envelope(ProcurementBudget budget, String eventType, String aggregateType, String aggregateId,
                                          long version, Instant occurredAt, String actor, JsonNode payload) {
        return new EventEnvelope(EventIds.next(), eventType, SOURCE, aggregateType, aggregateId, budget.deptCode,
                budget.fiscalYear, version, occurredAt != null ? occurredAt : Instant.now(), actor, payload);
    }
}
