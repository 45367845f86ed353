package gov.budget.outbox;

import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.outbox.jdbc.MultiRowSql;
import gov.budget.outbox.jdbc.RowsAtCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Writes events into the outbox table inside the caller's transaction, so that an event exists
 * exactly when the change it describes was committed. A transaction's events are written together,
 * in multi-row inserts as it commits, in the order they were appended: a bulk import appends
 * hundreds, and one insert each was a fifth of the ledger's import time.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "INSERT INTO outbox_event (event_id, topic, message_key, aggregate_type, aggregate_id, "
            + "aggregate_version, envelope, created_at, attempts)";

    private final RowsAtCommit<Object[]> rows = new RowsAtCommit<>("outbox_event",
            (session, pending) -> MultiRowSql.insert(session, INSERT, "", 9, pending));

    @Inject
    Event<OutboxAppended> appended;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Must run inside the transaction of the change; refuses to run without one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, EventEnvelope envelope) {
        rows.append(transactions, new Object[] {envelope.eventId().toString(), topic, envelope.kafkaKey(), envelope.aggregateType(),
                envelope.aggregateId(), envelope.version(), EventCodec.toJson(envelope), Instant.now(), 0});
        appended.fire(new OutboxAppended(topic, envelope));
    }
}
