package gov.budget.reconciliation.nightly;

import gov.budget.contracts.ledger.LedgerLinePayload;
import gov.budget.contracts.snapshot.SnapshotLine;
import gov.budget.reconciliation.projection.LedgerLineProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares one budget's line projection with the ledger's snapshot of it and repairs the
 * difference, in one transaction. The budget's projected rows are locked first, so that an event
 * the consumer applies meanwhile is neither overwritten by an older snapshot value nor lost.
 */
@ApplicationScoped
public class LedgerDriftRepair {

    static final String SERVICE = "ledger";

    /** What one budget's comparison found. */
    public record Tally(int missing, int stale, int extra) {
    }

    /**
     * @param snapshot       every line the ledger has for the budget, removed ones included
     * @param runStartedAt   rows that reached the projection after this are newer than the snapshot, not extra
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Tally repair(String deptCode, int fiscalYear, List<SnapshotLine> snapshot, Instant runStartedAt) {
        Map<String, LedgerLineProjection> projected = new HashMap<>();
        LedgerLineProjection.lockedLinesOf(deptCode, fiscalYear).forEach(l -> projected.put(l.aggregateId, l));
        int missing = 0;
        int stale = 0;
        for (SnapshotLine line : snapshot) {
            String aggregateId = LedgerLinePayload.aggregateId(deptCode, fiscalYear, line.tableNo(), line.code());
            LedgerLineProjection stored = projected.remove(aggregateId);
            if (stored == null) {
                if (!line.deleted()) {
                    missing++;
                    copy(line, newLine(aggregateId, deptCode, fiscalYear, line));
                }
            } else if (stored.version < line.version()) {
                stale++;
                copy(line, stored);
            }
        }
        int extra = 0;
        for (LedgerLineProjection left : projected.values()) {
            if (!left.deleted && left.occurredAt.isBefore(runStartedAt)) {
                extra++;
                left.deleted = true;
                left.amounts.clear();
                left.persist();
            }
        }
        return new Tally(missing, stale, extra);
    }

    private static LedgerLineProjection newLine(String aggregateId, String deptCode, int fiscalYear, SnapshotLine line) {
        LedgerLineProjection projected = new LedgerLineProjection();
        projected.aggregateId = aggregateId;
        projected.deptCode = deptCode;
        projected.fiscalYear = fiscalYear;
        projected.tableNo = line.tableNo();
        projected.code = line.code();
        return projected;
    }

    private static void copy(SnapshotLine line, LedgerLineProjection projected) {
        projected.rowKind = line.kind();
        projected.name = line.name();
        projected.position = line.position();
        projected.unit = line.unit();
        projected.version = line.version();
        projected.deleted = line.deleted();
        projected.occurredAt = line.updatedAt();
        projected.amounts.clear();
        if (!line.deleted() && line.amounts() != null) {
            projected.amounts.putAll(line.amounts());
        }
        projected.persist();
    }
}
