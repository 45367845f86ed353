package gov.budget.reconciliation.projection;

import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.MalformedEventException;
import gov.budget.contracts.ledger.LedgerLinePayload;
import gov.budget.reconciliation.projection.ProcessedEvent.Outcome;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

/**
 * Applies LedgerLineChanged events to the line projection. An event whose version is not newer
 * than the stored one is stale and changes nothing, so late or replayed events cannot undo a newer state.
 */
@ApplicationScoped
public class LedgerProjector {

    public boolean handles(EventEnvelope event) {
        return LedgerLinePayload.AGGREGATE_TYPE.equals(event.aggregateType());
    }

    /** The stored lines a batch of events refers to, by aggregate id, read in one query. */
    public Map<String, LedgerLineProjection> linesOf(List<EventEnvelope> events) {
        List<String> ids = events.stream().filter(this::handles).map(EventEnvelope::aggregateId).distinct().toList();
        return LedgerLineProjection.byAggregates(ids);
    }

    /**
     * Applies one event to {@code lines}, the batch's lines from {@link #linesOf}; a new line is added
     * there so that a later event of the same batch finds it. Runs in the consumer's batch transaction,
     * deliberately not a transactional boundary of its own: a malformed event must be set aside
     * without marking the whole batch for rollback.
     */
    public Outcome apply(EventEnvelope event, Map<String, LedgerLineProjection> lines) {
        LedgerLinePayload payload = readable(event);
        LedgerLineProjection line = lines.get(event.aggregateId());
        if (line != null && event.version() <= line.version) {
            return Outcome.STALE;
        }
        if (line == null) {
            line = new LedgerLineProjection();
            line.aggregateId = event.aggregateId();
            line.deptCode = event.deptCode();
            line.fiscalYear = event.fiscalYear();
            line.tableNo = payload.tableNo();
            line.code = payload.code();
            lines.put(line.aggregateId, line);
        }
        line.rowKind = payload.rowKind();
        line.name = payload.name();
        line.position = payload.position();
        line.unit = payload.unit();
        line.version = event.version();
        line.deleted = payload.deleted();
        line.occurredAt = event.occurredAt();
        line.amounts.clear();
        if (!payload.deleted() && payload.amounts() != null) {
            line.amounts.putAll(payload.amounts());
        }
        line.persist();
        return Outcome.APPLIED;
    }

    /** The payload, or a {@link MalformedEventException} before anything is changed. */
    private static LedgerLinePayload readable(EventEnvelope event) {
        LedgerLinePayload payload = EventCodec.payloadAs(event, LedgerLinePayload.class);
        if (payload == null || payload.code() == null || payload.rowKind() == null || payload.tableNo() < 1
                || event.aggregateId() == null || event.version() < 1 || event.occurredAt() == null) {
            throw new MalformedEventException("event " + event.eventId() + " lacks the key, row kind, version or time of its line", null);
        }
        return payload;
    }
}
