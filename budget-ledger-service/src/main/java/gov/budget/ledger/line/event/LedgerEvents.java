package gov.budget.ledger.line.event;

import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.EventIds;
import gov.budget.contracts.event.Topics;
import gov.budget.contracts.ledger.BudgetPayload;
import gov.budget.contracts.ledger.LedgerLinePayload;
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
 * Writes the ledger's change events to the outbox, in the change's transaction: one per changed
 * line, one per changed table (its note and row count) and one per changed budget header or narrative.
 * All are keyed by budget, so that one budget's events stay in order.
 */
@ApplicationScoped
public class LedgerEvents {

    static final String SOURCE = "budget-ledger-service";

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "budget.topics.ledger", defaultValue = Topics.LEDGER)
    String topic;

    public void lineChanged(Budget budget, StoredLine line, Instant updatedAt, TableTemplate table, String actor) {
        LedgerLinePayload payload = new LedgerLinePayload(line.tableNo(), line.rowKind(), line.code(), line.name(), line.position(),
                line.deleted() ? Map.of() : table.inColumnOrder(line.amounts()), table.unit(), line.deleted());
        append(budget, LedgerLinePayload.EVENT_TYPE, LedgerLinePayload.AGGREGATE_TYPE,
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
        EventEnvelope envelope = new EventEnvelope(
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
                EventCodec.toPayload(payload));
        outbox.append(topic, envelope);
    }
}
