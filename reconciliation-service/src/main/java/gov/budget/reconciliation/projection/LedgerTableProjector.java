package gov.budget.reconciliation.projection;

import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.MalformedEventException;
import gov.budget.contracts.ledger.LedgerTablePayload;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Applies LedgerTableChanged events to the table projection: each table's note and row count. */
@ApplicationScoped
public class LedgerTableProjector {

    public boolean handles(EventEnvelope event) {
        return LedgerTablePayload.AGGREGATE_TYPE.equals(event.aggregateType());
    }

    /** Applies one event in the consumer's batch transaction; an older version than the stored one is stale. */
    public Outcome apply(EventEnvelope event) {
        LedgerTablePayload payload = EventCodec.payloadAs(event, LedgerTablePayload.class);
        if (payload == null || payload.tableNo() < 1 || event.aggregateId() == null || event.version() < 1
                || event.occurredAt() == null) {
            throw new MalformedEventException("event " + event.eventId() + " lacks the table, version or time", null);
        }
        Optional<LedgerTableProjection> stored = LedgerTableProjection.find("aggregateId", event.aggregateId()).firstResultOptional();
        if (stored.isPresent() && event.version() <= stored.get().version) {
            return Outcome.STALE;
        }
        LedgerTableProjection table = stored.orElseGet(LedgerTableProjection::new);
        table.aggregateId = event.aggregateId();
        table.deptCode = event.deptCode();
        table.fiscalYear = event.fiscalYear();
        table.tableNo = payload.tableNo();
        table.note = payload.note();
        table.rowCount = payload.rowCount();
        table.version = event.version();
        table.occurredAt = event.occurredAt();
        table.persist();
        return Outcome.APPLIED;
    }
}
