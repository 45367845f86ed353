package gov.budget.outbox;

import gov.budget.contracts.event.EventEnvelope;

/**
 * Fired inside the change's transaction when a row is appended: the audit trail records it there,
 * and the relay wakes once the transaction has committed, on its first row only.
 *
 * @param firstOfTransaction whether this is the transaction's first row: a wake per row sent the relay
 *                           a second round for a transaction of two rows, a read that found nothing
 */
public record OutboxAppended(String topic, EventEnvelope envelope, boolean firstOfTransaction) {
}
