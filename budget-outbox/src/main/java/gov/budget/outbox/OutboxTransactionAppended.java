package gov.budget.outbox;

/**
 * Fired once a transaction, as it appends its first row to the outbox; the relay observes it after
 * the transaction committed and wakes once, however many rows the transaction appended. Fired per
 * row, a transactional observer registered a synchronization with the transaction for every row:
 * some 2–3% of the ledger's CPU samples under a bulk import (JFR).
 */
public record OutboxTransactionAppended() {
}
