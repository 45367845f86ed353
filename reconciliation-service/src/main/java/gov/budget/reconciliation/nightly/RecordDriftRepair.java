package gov.budget.reconciliation.nightly;

import com.fasterxml.jackson.core.JsonProcessingException;
import gov.budget.contracts.event.EventCodec;
import gov.budget.reconciliation.projection.RecordProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the projected records of one kind in one scope (a department-year, or a department for
 * its register) with an owning service's snapshot of them, and repairs the difference in one
 * transaction: missing and stale records are written from the snapshot, live records the service
 * no longer has (and that predate the run) are marked deleted.
 */
@ApplicationScoped
public class RecordDriftRepair {

    /** One record as a snapshot gives it. */
    public record SnapshotRecord(String aggregateId, String deptCode, int fiscalYear, long version, Instant updatedAt,
                                 boolean deleted, Object payload) {
    }

    /**
     * @param fiscalYear the scope's year, or null for every year of the department
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LedgerDriftRepair.Tally repair(String aggregateType, String deptCode, Integer fiscalYear, List<SnapshotRecord> snapshot,
                                          Instant runStartedAt) {
        Map<String, RecordProjection> projected = new HashMap<>();
        (fiscalYear == null ? RecordProjection.<RecordProjection>list("aggregateType = ?1 and deptCode = ?2", aggregateType, deptCode)
                : RecordProjection.<RecordProjection>list("aggregateType = ?1 and deptCode = ?2 and fiscalYear = ?3", aggregateType,
                deptCode, fiscalYear))
                .forEach(r -> projected.put(r.aggregateId, r));
        int missing = 0;
        int stale = 0;
        for (SnapshotRecord record : snapshot) {
            RecordProjection stored = projected.remove(record.aggregateId());
            if (stored == null) {
                if (record.deleted()) {
                    continue;
                }
                missing++;
                stored = new RecordProjection();
                stored.aggregateType = aggregateType;
                stored.aggregateId = record.aggregateId();
            } else if (stored.version >= record.version()) {
                continue;
            } else {
                stale++;
            }
            stored.deptCode = record.deptCode();
            stored.fiscalYear = record.fiscalYear();
            stored.version = record.version();
            stored.deleted = record.deleted();
            stored.occurredAt = record.updatedAt() != null ? record.updatedAt() : runStartedAt;
            stored.payload = json(record.payload());
            stored.persist();
        }
        int extra = 0;
        for (RecordProjection left : projected.values()) {
            if (!left.deleted && left.occurredAt.isBefore(runStartedAt)) {
                extra++;
                left.deleted = true;
            }
        }
        return new LedgerDriftRepair.Tally(missing, stale, extra);
    }

    private static String json(Object payload) {
        try {
            return EventCodec.mapper().writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a snapshot record back as JSON", e);
        }
    }
}
