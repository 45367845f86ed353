package gov.budget.outbox;

import gov.budget.contracts.event.EventEnvelope;

/**
 * Fired inside the change's transaction for every change appended to the outbox, as an event of its
 * own or within a group ({@link Outbox#appendGroup}): the audit trail records the change there. Its
 * observers are synchronous; the relay waits for {@link OutboxTransactionAppended} instead.
 */
public record OutboxAppended(String topic, EventEnvelope envelope) {
}
