package gov.budget.reconciliation.projection;

import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.asset.HoldingsPayload;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.MalformedEventException;
import gov.budget.contracts.performance.ProjectSheetPayload;
import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.contracts.procurement.ProcurementTablePayload;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Writes the performance, procurement and asset services' aggregates to {@link RecordProjection},
 * set-based: the newest version of each aggregate wins; an older or equal one is stale. The consumer
 * and the full run's repair both write through {@link #apply}.
 */
@ApplicationScoped
public class RecordProjector {

    static final Set<String> TYPES = Set.of(ProjectSheetPayload.AGGREGATE_TYPE, ProcurementLinePayload.AGGREGATE_TYPE,
            ProcurementTablePayload.AGGREGATE_TYPE, HoldingsPayload.AGGREGATE_TYPE, AssetPayload.AGGREGATE_TYPE);

    private final VersionedUpsert<RecordRow> upsert = new VersionedUpsert<>("record_projection",
            List.of("aggregate_type", "aggregate_id", "dept_code", "fiscal_year", "version", "deleted", "occurred_at", "payload"),
            RecordRow::aggregateType, RecordRow::aggregateId, RecordRow::version, r -> new Object[] {r.aggregateType(), r.aggregateId(),
                    r.deptCode(), r.fiscalYear(), r.version(), r.deleted(), r.occurredAt(), r.json()});

    /** An aggregate's key in {@link Written}: its kind and id. */
    public static String key(String aggregateType, String aggregateId) {
        return VersionedUpsert.key(aggregateType, aggregateId);
    }

    public boolean handles(EventEnvelope event) {
        return TYPES.contains(event.aggregateType());
    }

    /** The record an event carries, or a {@link MalformedEventException} before anything is written. */
    public RecordRow rowOf(EventEnvelope event) {
        if (event.aggregateId() == null || event.version() < 1 || event.occurredAt() == null || event.payload() == null) {
            throw new MalformedEventException("event " + event.eventId() + " lacks its aggregate id, version, time or payload", null);
        }
        return new RecordRow(event.aggregateType(), event.aggregateId(), event.deptCode(), event.fiscalYear(), event.version(),
                event.payload().path("deleted").asBoolean(false), event.occurredAt(), event.payload(), event.payload().toString());
    }

    /** Writes the newest row of each aggregate, where it is newer than the stored one, in the caller's transaction. */
    public Written<RecordRow> apply(Collection<RecordRow> rows) {
        return upsert.apply(rows);
    }
}
