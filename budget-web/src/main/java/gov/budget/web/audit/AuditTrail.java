package gov.budget.web.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.outbox.OutboxAppended;
import gov.budget.outbox.jdbc.MultiRowSql;
import gov.budget.outbox.jdbc.RowsAtCommit;
import gov.budget.web.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the audit trail. Every change made through the API already appends a change event to the
 * outbox inside its transaction; the trail records the same change there, so a change and its audit
 * record are committed together or not at all.
 */
@ApplicationScoped
public class AuditTrail {

    static final String REFUSAL_TYPE = "Request";
    /**
     * The newest record of one entity, found at the end of its range of the (entity_type, entity_key,
     * id) index: one entry read however long the entity's history is. A MAX(id) grouped over a list of
     * keys read every record of every key, a read that grew with each change of a line.
     */
    private static final String NEWEST_RECORD = "(SELECT entity_type, entity_key, after_value FROM audit_record "
            + "WHERE entity_type = ? AND entity_key = ? ORDER BY id DESC LIMIT 1)";

    @ConfigProperty(name = "budget.audit.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final RowsAtCommit<Change> changes = new RowsAtCommit<>("audit_record", AuditTrail::write);

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
        changes.append(transactions, new Change(envelope.occurredAt() == null ? Instant.now() : envelope.occurredAt(),
                envelope.actor() == null ? "unknown" : envelope.actor(), requestId, deleted, envelope.deptCode(), envelope.fiscalYear(),
                envelope.aggregateType(), envelope.aggregateId(), envelope.version(), deleted ? null : json(envelope.payload())));
    }

    /** One change of the transaction, recorded as it commits. */
    private record Change(Instant recordedAt, String actor, String requestId, boolean deleted, String deptCode, int fiscalYear,
                         String entityType, String entityKey, long version, String after) {

        String key() {
            return entityType + "|" + entityKey;
        }
    }

    /**
     * Writes a transaction's changes in one multi-row insert, each with the value its entity had
     * before: the after value of the entity's last record, read for all of them in one query.
     */
    private static void write(SharedSessionContractImplementor session, List<Change> pending) {
        Map<String, String> last = new HashMap<>();
        // refusals are of their own entity type, so they never count as a value
        Map<String, Object[]> earlier = new LinkedHashMap<>();
        pending.stream().filter(c -> c.version() > 1)
                .forEach(c -> earlier.putIfAbsent(c.key(), new Object[] {c.entityType(), c.entityKey()}));
        MultiRowSql.selectEach(session, NEWEST_RECORD, 2, List.copyOf(earlier.values()),
                row -> last.put(row.getString(1) + "|" + row.getString(2), row.getString(3)));
        List<Object[]> rows = new ArrayList<>(pending.size());
        for (Change change : pending) {
            String before = change.version() > 1 ? last.get(change.key()) : null;
            AuditRecord.Action action = change.deleted() ? AuditRecord.Action.DELETED
                    : before == null ? AuditRecord.Action.CREATED : AuditRecord.Action.CHANGED;
            rows.add(new Object[] {change.recordedAt(), change.actor(), change.requestId(), action.name(), change.deptCode(),
                    change.fiscalYear(), change.entityType(), change.entityKey(), change.version(), before, change.after()});
            // a second change of the same entity in this transaction starts from the first
            last.put(change.key(), change.after());
        }
        MultiRowSql.insert(session, "INSERT INTO audit_record (recorded_at, actor, request_id, action, dept_code, fiscal_year, "
                + "entity_type, entity_key, entity_version, before_value, after_value)", "", 11, rows);
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
