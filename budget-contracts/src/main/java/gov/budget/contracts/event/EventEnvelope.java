package gov.budget.contracts.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.time.Instant;
import java.util.UUID;

/**
 * The envelope of every change event that an owning service publishes.
 *
 * @param eventId       unique per event; consumers skip an id they have already applied
 * @param eventType     what happened, for example {@code LedgerLineChanged}
 * @param source        the publishing service
 * @param aggregateType the kind of record that changed, for example {@code LedgerLine}
 * @param aggregateId   the record's stable key within its service
 * @param deptCode      department code of the budget the record belongs to
 * @param fiscalYear    fiscal year of that budget
 * @param version       starts at 1 and increases by one per change of the aggregate
 * @param occurredAt    when the change was committed by its owner
 * @param actor         who made the change
 * @param payload       the full new state of the record; a deletion carries the key and {@code "deleted": true}
 */
public record EventEnvelope(
        UUID eventId,
        String eventType,
        String source,
        String aggregateType,
        String aggregateId,
        String deptCode,
        int fiscalYear,
        long version,
        Instant occurredAt,
        String actor,
        @JsonDeserialize(using = PayloadReader.class) JsonNode payload) {

    /** The Kafka key: all changes of one budget share a partition, so they stay in order. */
    public String kafkaKey() {
        return BudgetKey.of(deptCode, fiscalYear);
    }
}
