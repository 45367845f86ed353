package gov.budget.ledger.line.event;

import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.Topics;
import gov.budget.contracts.ledger.LedgerLinePayload;
import gov.budget.contracts.template.TableTemplate;
import gov.budget.ledger.budget.Budget;
import gov.budget.ledger.line.LedgerLine;
import gov.budget.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Writes a LedgerLineChanged event to the outbox for each changed line, in the change's transaction. */
@ApplicationScoped
public class LedgerLineEvents {

    static final String SOURCE = "budget-ledger-service";

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "budget.topics.ledger", defaultValue = Topics.LEDGER)
    String topic;

    public void changed(Budget budget, LedgerLine line, TableTemplate table, String actor) {
        LedgerLinePayload payload = new LedgerLinePayload(line.tableNo, line.rowKind, line.code, line.name, line.position,
                line.deleted ? Map.of() : table.inColumnOrder(line.amounts), table.unit(), line.deleted);
        EventEnvelope envelope = new EventEnvelope(
                UUID.randomUUID(),
                LedgerLinePayload.EVENT_TYPE,
                SOURCE,
                LedgerLinePayload.AGGREGATE_TYPE,
                LedgerLinePayload.aggregateId(budget.deptCode, budget.fiscalYear, line.tableNo, line.code),
                budget.deptCode,
                budget.fiscalYear,
                line.version,
                line.updatedAt != null ? line.updatedAt : Instant.now(),
                actor,
                EventCodec.toPayload(payload));
        outbox.append(topic, envelope);
    }
}
