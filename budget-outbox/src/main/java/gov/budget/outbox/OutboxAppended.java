package gov.budget.outbox;

import gov.budget.contracts.event.EventEnvelope;

/**
 * Fired inside the change's transaction when a row is appended: the audit trail records it there,
 * and the relay wakes once the transaction has committed.
 */
public record OutboxAppended(String topic, EventEnvelope envelope) {
}
