package gov.budget.outbox;

import gov.budget.contracts.event.EventEnvelope;

/**
 * Fired inside the change's transaction for every row appended to the outbox: the audit trail
 * records the change there. Its observers are synchronous; the relay waits for
 * {@link OutboxTransactionAppended} instead.
 */
public record OutboxAppended(String topic, EventEnvelope envelope) {
}
