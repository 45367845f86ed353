package gov.budget.reconciliation.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.asset.HoldingsPayload;
import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.MalformedEventException;
import gov.budget.contracts.performance.ProjectSheetPayload;
import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.contracts.procurement.ProcurementTablePayload;
import gov.budget.reconciliation.projection.ProcessedEvent.Outcome;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the performance, procurement and asset services' events to {@link RecordProjection}:
 * the newest version of each aggregate wins; an older or equal one is stale.
 */
@ApplicationScoped
public class RecordProjector {

    static final Set<String> TYPES = Set.of(ProjectSheetPayload.AGGREGATE_TYPE, ProcurementLinePayload.AGGREGATE_TYPE,
            ProcurementTablePayload.AGGREGATE_TYPE, HoldingsPayload.AGGREGATE_TYPE, AssetPayload.AGGREGATE_TYPE);

    static String key(String aggregateType, String aggregateId) {
        return aggregateType + "|" + aggregateId;
    }

    public boolean handles(EventEnvelope event) {
        return TYPES.contains(event.aggregateType());
    }

    /** The stored records a batch of events refers to, by {@link #key}, read in one query. */
    public Map<String, RecordProjection> recordsOf(List<EventEnvelope> events) {
        List<String> ids = events.stream().filter(this::handles).map(EventEnvelope::aggregateId).distinct().toList();
        Map<String, RecordProjection> records = new HashMap<>();
        if (!ids.isEmpty()) {
            RecordProjection.<RecordProjection>list("aggregateId in ?1", ids).forEach(r -> records.put(key(r.aggregateType, r.aggregateId), r));
        }
        return records;
    }

    /**
     * Applies one event in the consumer's batch transaction to {@code records}, the batch's records
     * from {@link #recordsOf}; a new record is added there so that a later event of the batch finds it.
     */
    public Outcome apply(EventEnvelope event, Map<String, RecordProjection> records) {
        if (event.aggregateId() == null || event.version() < 1 || event.occurredAt() == null || event.payload() == null) {
            throw new MalformedEventException("event " + event.eventId() + " lacks its aggregate id, version, time or payload", null);
        }
        JsonNode payload = event.payload();
        RecordProjection record = records.get(key(event.aggregateType(), event.aggregateId()));
        if (record != null && event.version() <= record.version) {
            return Outcome.STALE;
        }
        if (record == null) {
            record = new RecordProjection();
            record.aggregateType = event.aggregateType();
            record.aggregateId = event.aggregateId();
            records.put(key(event.aggregateType(), event.aggregateId()), record);
        }
        record.deptCode = event.deptCode();
        record.fiscalYear = event.fiscalYear();
        record.version = event.version();
        record.deleted = payload.path("deleted").asBoolean(false);
        record.occurredAt = event.occurredAt();
        try {
            record.payload = EventCodec.mapper().writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("event " + event.eventId() + " has a payload that cannot be written back", e);
        }
        record.persist();
        return Outcome.APPLIED;
    }
}
