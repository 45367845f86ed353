package gov.budget.outbox;

/** Fired when a row is appended; the relay wakes once the transaction has committed. */
public record OutboxAppended(String topic) {
}
