package gov.budget.outbox;

/**
 * An outbox row the relay has yet to publish, read as plain values: as entities, reading a batch and
 * marking it published through Hibernate was a tenth of the ledger's time under a bulk import.
 *
 * @param envelope   the whole envelope as JSON in UTF-8, exactly as it goes on the wire: read as the
 *                   column's bytes and sent as they are, the relay neither decodes nor encodes it
 * @param txPosition its place among the rows its transaction wrote for the same key, from 1
 * @param txSize     how many rows its transaction wrote for that key
 */
public record PendingEvent(long id, String eventId, String topic, String messageKey, byte[] envelope, int txPosition, int txSize) {
}
