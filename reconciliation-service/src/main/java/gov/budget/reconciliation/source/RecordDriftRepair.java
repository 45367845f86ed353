package gov.budget.reconciliation.source;

import gov.budget.reconciliation.facts.BudgetModels;
import gov.budget.reconciliation.finding.BudgetReconciliation;
import gov.budget.reconciliation.projection.RecordProjection;
import gov.budget.reconciliation.projection.RecordRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
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

    @Inject
    BudgetModels models;

    /** One record as a snapshot gives it. */
    public record SnapshotRecord(String aggregateId, String deptCode, int fiscalYear, long version, Instant updatedAt,
                                 boolean deleted, Object payload) {
    }

    /**
     * @param projector  the kind's projector, which the consumer writes through as well
     * @param fiscalYear the scope's year, or null for every year of the department
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Tally repair(RecordProjector projector, String deptCode, Integer fiscalYear, List<SnapshotRecord> snapshot,
                        Instant runStartedAt) {
        String aggregateType = projector.type();
        // as for ledger lines: the versions alone show that nearly every scope has no drift, without
        // loading the records' payloads (a project sheet carries all of its indicators)
        if (Drift.between(snapshot, KEYS, RecordProjection.versionsOf(aggregateType, deptCode, fiscalYear), runStartedAt).none()) {
            return Tally.NONE;
        }
        Map<String, RecordProjection> projected = new HashMap<>();
        (fiscalYear == null ? RecordProjection.<RecordProjection>list("aggregateType = ?1 and deptCode = ?2", aggregateType, deptCode)
                : RecordProjection.<RecordProjection>list("aggregateType = ?1 and deptCode = ?2 and fiscalYear = ?3", aggregateType,
                deptCode, fiscalYear))
                .forEach(r -> projected.put(r.aggregateId, r));
        Drift<SnapshotRecord> drift = Drift.between(snapshot, KEYS,
                projected.values().stream().map(RecordProjection::projectedVersion).toList(), runStartedAt);
        List<RecordRow> rows = new ArrayList<>();
        for (SnapshotRecord record : drift.missing()) {
            rows.add(row(aggregateType, record, runStartedAt));
        }
        for (SnapshotRecord record : drift.stale()) {
            rows.add(row(aggregateType, record, runStartedAt));
        }
        projector.apply(rows);
        for (String aggregateId : drift.extra()) {
            projected.get(aggregateId).deleted = true;
        }
        // the budgets' models in memory are read afresh
        if (fiscalYear == null) {
            BudgetReconciliation.bumpFactsOfDepartment(deptCode);
        } else {
            BudgetReconciliation.bumpFacts(deptCode, fiscalYear);
        }
        models.forgetDepartment(deptCode);
        return drift.tally();
    }

    private static final Drift.Keys<SnapshotRecord> KEYS =
            new Drift.Keys<>(SnapshotRecord::aggregateId, SnapshotRecord::version, SnapshotRecord::deleted);

    private static RecordRow row(String aggregateType, SnapshotRecord record, Instant runStartedAt) {
        return RecordRow.of(aggregateType, record.aggregateId(), record.deptCode(), record.fiscalYear(), record.version(),
                record.deleted(), record.updatedAt() != null ? record.updatedAt() : runStartedAt, record.payload());
    }
}
