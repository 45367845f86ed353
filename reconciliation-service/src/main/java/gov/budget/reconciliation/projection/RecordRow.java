package gov.budget.reconciliation.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import gov.budget.contracts.event.EventCodec;

import java.time.Instant;

/**
 * One aggregate of the performance, procurement or asset service as the record projection stores
 * it, whether it came from an event or from the service's snapshot.
 *
 * @param payload the aggregate as published: an event's JSON tree, or a snapshot's record
 * @param json    the payload as stored, JSON text
 */
public record RecordRow(String aggregateType, String aggregateId, String deptCode, int fiscalYear, long version, boolean deleted,
                        Instant occurredAt, Object payload, String json) {

    public static RecordRow of(String aggregateType, String aggregateId, String deptCode, int fiscalYear, long version, boolean deleted,
                               Instant occurredAt, Object payload) {
        try {
            return new RecordRow(aggregateType, aggregateId, deptCode, fiscalYear, version, deleted, occurredAt, payload,
                    EventCodec.mapper().writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(aggregateType + " " + aggregateId + " cannot be written as JSON", e);
        }
    }

    public String key() {
        return VersionedUpsert.key(aggregateType, aggregateId);
    }

    public BudgetKey budget() {
        return new BudgetKey(deptCode, fiscalYear);
    }

    /** The payload as the record it was published as. */
    public <T> T payloadAs(Class<T> type) {
        return type.isInstance(payload) ? type.cast(payload) : EventCodec.mapper().convertValue(payload, type);
    }
}
