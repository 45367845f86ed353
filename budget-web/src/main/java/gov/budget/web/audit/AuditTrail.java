package gov.budget.web.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.outbox.OutboxAppended;
import gov.budget.outbox.jdbc.MultiRowSql;
import gov.budget.outbox.jdbc.RowsAtCommit;
import gov.budget.web.RequestIds;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
     * The value a changed or deleted record started from: the after value of its entity's record
     * before it, found at the end of that range of the (entity_type, entity_key, id) index.
     */
    private static final String VALUE_BEFORE = "(SELECT ? AS record_id, after_value FROM audit_record "
            + "WHERE entity_type = ? AND entity_key = ? AND id < ? ORDER BY id DESC LIMIT 1)";

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
    }

    /**
     * Writes a transaction's changes in one multi-row insert. A record keeps only the value after its
     * change: the value before is the after value of the entity's record before it, which the trail
     * reads when it is asked for ({@link #page}), so a change costs no read of the trail.
     */
    private static void write(SharedSessionContractImplementor session, List<Change> pending) {
        List<Object[]> rows = new ArrayList<>(pending.size());
        for (Change change : pending) {
            // a later version may still be a creation (a row added again after its deletion): the
            // page tells it by the missing value before it
            AuditRecord.Action action = change.deleted() ? AuditRecord.Action.DELETED
                    : change.version() == 1 ? AuditRecord.Action.CREATED : AuditRecord.Action.CHANGED;
            rows.add(new Object[] {change.recordedAt(), change.actor(), change.requestId(), action.name(), change.deptCode(),
                    change.fiscalYear(), change.entityType(), change.entityKey(), change.version(), change.after()});
        }
        MultiRowSql.insert(session, "INSERT INTO audit_record (recorded_at, actor, request_id, action, dept_code, fiscal_year, "
                + "entity_type, entity_key, entity_version, after_value)", "", 10, rows);
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
        List<AuditRecord> records = AuditRecord.<AuditRecord>find(
                        "deptCode = ?1 and (fiscalYear = ?2 or fiscalYear is null) and id > ?3 order by id",
                        deptCode, fiscalYear, afterId)
                .page(0, limit).list();
        Map<Long, String> before = valuesBefore(records);
        return records.stream().map(r -> view(r, before.get(r.id))).toList();
    }

    /**
     * The value each changed or deleted record of a page started from, by record id. An entity's
     * records all belong to one budget, so an earlier record of it on the page is the one before;
     * for an entity's first record on the page, the one before is read, all of them in one query.
     */
    private static Map<Long, String> valuesBefore(List<AuditRecord> records) {
        Map<Long, String> before = new HashMap<>();
        Map<String, String> lastOnPage = new HashMap<>();
        List<Object[]> toRead = new ArrayList<>();
        for (AuditRecord record : records) {
            if (record.action == AuditRecord.Action.REFUSED) {
                continue;
            }
            String entity = record.entityType + "|" + record.entityKey;
            if (record.action != AuditRecord.Action.CREATED) {
                if (lastOnPage.containsKey(entity)) {
                    before.put(record.id, lastOnPage.get(entity));
                } else {
                    toRead.add(new Object[] {record.id, record.entityType, record.entityKey, record.id});
                }
            }
            lastOnPage.put(entity, record.afterValue);
        }
        Session session = Panache.getEntityManager().unwrap(Session.class);
        MultiRowSql.selectEach(session, VALUE_BEFORE, 4, toRead,
                row -> before.put(row.getLong(1), row.getString(2)));
        return before;
    }

    /** A record as the API shows it; a change of an entity that had no value before it created it. */
    private static AuditRecordView view(AuditRecord r, String before) {
        AuditRecord.Action action = r.action == AuditRecord.Action.CHANGED && before == null ? AuditRecord.Action.CREATED : r.action;
        return new AuditRecordView(r.id, r.recordedAt, r.actor, r.requestId, action.name(), r.deptCode, r.fiscalYear,
                r.entityType, r.entityKey, r.entityVersion, tree(before), tree(r.afterValue), r.reason);
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
