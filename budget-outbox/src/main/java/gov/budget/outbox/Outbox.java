package gov.budget.outbox;

import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Writes events into the outbox table inside the caller's transaction, so that an event exists
 * exactly when the change it describes was committed.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    Event<OutboxAppended> appended;

    /** Must run inside the transaction of the change; refuses to run without one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, EventEnvelope envelope) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = envelope.eventId().toString();
        row.topic = topic;
        row.messageKey = envelope.kafkaKey();
        row.aggregateType = envelope.aggregateType();
        row.aggregateId = envelope.aggregateId();
        row.aggregateVersion = envelope.version();
        row.envelope = EventCodec.toJson(envelope);
        row.createdAt = Instant.now();
        row.persist();
        appended.fire(new OutboxAppended(topic, envelope));
    }
}
