package gov.budget.web.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.outbox.OutboxAppended;
import gov.budget.web.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

import java.time.Instant;
import java.util.List;

/**
 * Writes the audit trail. Every change made through the API already appends a change event to the
 * outbox inside its transaction; the trail records the same change there, so a change and its audit
 * record are committed together or not at all.
 */
@ApplicationScoped
public class AuditTrail {

    static final String REFUSAL_TYPE = "Request";

    @ConfigProperty(name = "budget.audit.enabled", defaultValue = "true")
    boolean enabled;

    /** Runs inside the change's transaction (a synchronous observer of the outbox append). */
    void onChange(@Observes OutboxAppended appended) {
        // changes the service makes by itself (consuming events, nightly repairs) are not API changes:
        // only an HTTP request carries a request id
        String requestId = RequestIds.current();
        if (!enabled || requestId == null) {
            return;
        }
        EventEnvelope envelope = appended.envelope();
        boolean deleted = envelope.payload() != null && envelope.payload().path("deleted").asBoolean(false);
        String before = envelope.version() > 1 ? lastValue(envelope.aggregateType(), envelope.aggregateId()) : null;
        AuditRecord record = new AuditRecord();
        record.recordedAt = envelope.occurredAt() == null ? Instant.now() : envelope.occurredAt();
        record.actor = envelope.actor() == null ? "unknown" : envelope.actor();
        record.requestId = requestId;
        record.action = deleted ? AuditRecord.Action.DELETED : before == null ? AuditRecord.Action.CREATED : AuditRecord.Action.CHANGED;
        record.deptCode = envelope.deptCode();
        record.fiscalYear = envelope.fiscalYear();
        record.entityType = envelope.aggregateType();
        record.entityKey = envelope.aggregateId();
        record.entityVersion = envelope.version();
        record.beforeValue = before;
        record.afterValue = deleted ? null : json(envelope.payload());
        record.persist();
    }

    /** A refused write, in its own transaction: the refused change itself was rolled back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(RefusedWrite refusal) {
        if (!enabled) {
            return;
        }
        AuditRecord record = new AuditRecord();
        record.recordedAt = Instant.now();
        record.actor = truncate(refusal.actor(), 200);
        record.requestId = refusal.requestId();
        record.action = AuditRecord.Action.REFUSED;
        record.deptCode = truncate(refusal.deptCode(), 50);
        record.fiscalYear = refusal.fiscalYear();
        record.entityType = REFUSAL_TYPE;
        record.entityKey = truncate(refusal.method() + " " + refusal.path(), 500);
        record.reason = truncate(refusal.status() + " " + refusal.reason(), 2000);
        record.persist();
    }

    /** A budget's records oldest first, with the department-wide ones (no fiscal year) among them. */
    public List<AuditRecordView> page(String deptCode, int fiscalYear, long afterId, int limit) {
        return AuditRecord.<AuditRecord>find(
                        "deptCode = ?1 and (fiscalYear = ?2 or fiscalYear is null) and id > ?3 order by id",
                        deptCode, fiscalYear, afterId)
                .page(0, limit).list().stream()
                .map(AuditTrail::view)
                .toList();
    }

    private static String lastValue(String entityType, String entityKey) {
        // audit rows are only ever inserted, so the lookup needs no flush of the change's pending entities
        AuditRecord last = AuditRecord.<AuditRecord>find(
                        "entityType = ?1 and entityKey = ?2 and action <> ?3 order by id desc",
                        entityType, entityKey, AuditRecord.Action.REFUSED)
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT)
                .firstResult();
        return last == null ? null : last.afterValue;
    }

    private static AuditRecordView view(AuditRecord r) {
        return new AuditRecordView(r.id, r.recordedAt, r.actor, r.requestId, r.action.name(), r.deptCode, r.fiscalYear,
                r.entityType, r.entityKey, r.entityVersion, tree(r.beforeValue), tree(r.afterValue), r.reason);
    }

    private static String json(JsonNode value) {
        return value == null ? null : value.toString();
    }

    private static JsonNode tree(String json) {
        if (json == null) {
            return null;
        }
        try {
            return EventCodec.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit record holds unreadable JSON", e);
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
