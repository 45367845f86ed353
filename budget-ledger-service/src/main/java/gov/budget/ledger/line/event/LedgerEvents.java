package gov.budget.ledger.line.event;

import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.EventIds;
import gov.budget.contracts.event.Topics;
import gov.budget.contracts.ledger.BudgetPayload;
import gov.budget.contracts.ledger.LedgerLinePayload;
import gov.budget.contracts.ledger.LedgerLinesPayload;
import gov.budget.contracts.ledger.LedgerTablePayload;
import gov.budget.contracts.ledger.NarrativeFigure;
import gov.budget.contracts.template.TableTemplate;
import gov.budget.ledger.budget.Budget;
import gov.budget.ledger.line.LedgerTable;
import gov.budget.ledger.line.StoredLine;
import gov.budget.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes the ledger's change events to the outbox, in the change's transaction: the lines a write
 * of a table changed, one per changed table (its note and row count) and one per changed budget
 * header or narrative.
 * All are keyed by budget, so that one budget's events stay in order.
 */
@ApplicationScoped
public class LedgerEvents {

    static final String SOURCE = "budget-ledger-service";

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "budget.topics.ledger", defaultValue = Topics.LEDGER)
    String topic;

    /**
     * The lines one write of a table changed: a {@code LedgerLineChanged} event for one line, else
     * {@code LedgerLinesChanged} events of at most {@link Outbox#MAX_GROUP_CHANGES} lines, in each of
     * which every line is still recorded as a change of its own ({@link Outbox#appendGroup}).
     */
    public void linesChanged(Budget budget, LedgerTable record, List<StoredLine> lines, TableTemplate table, String actor) {
        if (lines.size() == 1) {
            StoredLine line = lines.get(0);
            outbox.append(topic, lineEnvelope(budget, line, EventCodec.toPayload(linePayload(line, table)), record.updatedAt, actor));
            return;
        }
        outbox.appendGroups(topic, lines, "lines", "line",
                part -> new LedgerLinesPayload(table.number(),
                        part.stream().map(line -> new LedgerLinesPayload.Entry(line.version(), linePayload(line, table))).toList()),
                (line, payload) -> lineEnvelope(budget, line, payload, record.updatedAt, actor),
                (part, payload) -> envelope(budget, LedgerLinesPayload.EVENT_TYPE, LedgerLinesPayload.AGGREGATE_TYPE,
                        LedgerTablePayload.aggregateId(budget.deptCode, budget.fiscalYear, table.number()), record.version,
                        record.updatedAt, actor, payload));
    }

    private static LedgerLinePayload linePayload(StoredLine line, TableTemplate table) {
        return new LedgerLinePayload(line.tableNo(), line.rowKind(), line.code(), line.name(), line.position(),
                line.deleted() ? Map.of() : table.inColumnOrder(line.amounts()), table.unit(), line.deleted());
    }

    private static EventEnvelope lineEnvelope(Budget budget, StoredLine line, JsonNode payload, Instant updatedAt, String actor) {
        return envelope(budget, LedgerLinePayload.EVENT_TYPE, LedgerLinePayload.AGGREGATE_TYPE,
                LedgerLinePayload.aggregateId(budget.deptCode, budget.fiscalYear, line.tableNo(), line.code()),
                line.version(), updatedAt, actor, payload);
    }

    public void tableChanged(Budget budget, LedgerTable record, TableTemplate table, int rowCount, String actor) {
        LedgerTablePayload payload = new LedgerTablePayload(budget.templateId, table.number(), table.title(), table.unit(),
                record.note, rowCount);
        append(budget, LedgerTablePayload.EVENT_TYPE, LedgerTablePayload.AGGREGATE_TYPE,
                LedgerTablePayload.aggregateId(budget.deptCode, budget.fiscalYear, table.number()),
                record.version, record.updatedAt, actor, payload);
    }

    public void budgetChanged(Budget budget, String deptName, List<NarrativeFigure> narrative, String actor) {
        BudgetPayload payload = new BudgetPayload(budget.templateId, deptName, narrative);
        append(budget, BudgetPayload.EVENT_TYPE, BudgetPayload.AGGREGATE_TYPE,
                BudgetPayload.aggregateId(budget.deptCode, budget.fiscalYear), budget.version, budget.updatedAt, actor, payload);
    }

    private void append(Budget budget, String eventType, String aggregateType, String aggregateId, long version,
                        Instant occurredAt, String actor, Object payload) {
        outbox.append(topic, envelope(budget, eventType, aggregateType, aggregateId, version, occurredAt, actor,
                EventCodec.toPayload(payload)));
    }

    private static EventEnvelope envelope(Budget budget, String eventType, String aggregateType, String aggregateId, long version,
                                          Instant occurredAt, String actor, JsonNode payload) {
        return new EventEnvelope(
                EventIds.next(),
                eventType,
                SOURCE,
                aggregateType,
                aggregateId,
                budget.deptCode,
                budget.fiscalYear,
                version,
                occurredAt != null ? occurredAt : Instant.now(),
                actor,
                payload);
    }
}
