package gov.budget.reconciliation.source.ledger;

import gov.budget.contracts.ledger.BudgetPayload;
import gov.budget.contracts.ledger.LedgerLinePayload;
import gov.budget.contracts.ledger.LedgerTablePayload;
import gov.budget.contracts.ledger.NarrativeFigure;
import gov.budget.contracts.snapshot.BudgetSnapshot;
import gov.budget.contracts.snapshot.SnapshotLine;
import gov.budget.reconciliation.facts.BudgetModels;
import gov.budget.reconciliation.finding.BudgetReconciliation;
import gov.budget.reconciliation.projection.BudgetKey;
import gov.budget.reconciliation.projection.Written;
import gov.budget.reconciliation.source.Drift;
import gov.budget.reconciliation.source.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares one budget's line projection with the ledger's snapshot of it and repairs the
 * difference, in one transaction. The budget's projected rows are locked first, so that an event
 * the consumer applies meanwhile is neither overwritten by an older snapshot value nor lost.
 */
@ApplicationScoped
public class LedgerDriftRepair {

    @Inject
    BudgetModels models;

    @Inject
    LedgerLineProjector projector;

    @Inject
    LedgerTableProjector tables;

    /**
     * @param snapshot       every line the ledger has for the budget, removed ones included
     * @param runStartedAt   rows that reached the projection after this are newer than the snapshot, not extra
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Tally repair(String deptCode, int fiscalYear, List<SnapshotLine> snapshot, Instant runStartedAt) {
        // a ledger line of the snapshot is keyed by its budget, table and row code
        Drift.Keys<SnapshotLine> keys = new Drift.Keys<>(line -> LedgerLinePayload.aggregateId(deptCode, fiscalYear, line.tableNo(), line.code()),
                SnapshotLine::version, SnapshotLine::deleted);
        // nearly every budget has no drift: its versions, read without a lock, show that, and only a
        // budget that differs has its lines loaded and locked, and compared again under the lock
        if (Drift.between(snapshot, keys, LedgerLineProjection.versionsOf(deptCode, fiscalYear), runStartedAt).none()) {
            return Tally.NONE;
        }
        Map<String, LedgerLineProjection> locked = new HashMap<>();
        LedgerLineProjection.lockedLinesOf(deptCode, fiscalYear).forEach(l -> locked.put(l.aggregateId, l));
        Drift<SnapshotLine> drift = Drift.between(snapshot, keys,
                locked.values().stream().map(LedgerLineProjection::projectedVersion).toList(), runStartedAt);
        List<LedgerLineRow> rows = new ArrayList<>();
        for (SnapshotLine line : drift.missing()) {
            rows.add(row(keys.aggregateId().apply(line), deptCode, fiscalYear, line));
        }
        for (SnapshotLine line : drift.stale()) {
            rows.add(row(keys.aggregateId().apply(line), deptCode, fiscalYear, line));
        }
        projector.apply(rows);
        for (String aggregateId : drift.extra()) {
            LedgerLineProjection left = locked.get(aggregateId);
            left.deleted = true;
            left.amounts = Map.of();
            left.persist();
        }
        // the budget's model in memory is read afresh
        BudgetReconciliation.bumpFacts(deptCode, fiscalYear);
        models.forget(new BudgetKey(deptCode, fiscalYear));
        return drift.tally();
    }

    /**
     * Compares the budget's header (template, department name, narrative) and its tables' notes and
     * row counts with the ledger's, and repairs them. A header differs by content: the ledger's
     * budget version also rises with every table change, which sends no header event.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Tally repairHeader(BudgetSnapshot snapshot, Instant runStartedAt) {
        int missing = 0;
        int stale = 0;
        BudgetProjection budget = BudgetProjection.of(snapshot.deptCode(), snapshot.fiscalYear()).orElse(null);
        if (budget == null) {
            missing++;
            copy(snapshot, null, runStartedAt);
        } else if (!sameHeader(snapshot, budget) && budget.occurredAt.isBefore(runStartedAt)) {
            stale++;
            copy(snapshot, budget, runStartedAt);
        }
        List<LedgerTableRow> rows = snapshot.tables().stream()
                .map(t -> new LedgerTableRow(LedgerTablePayload.aggregateId(snapshot.deptCode(), snapshot.fiscalYear(), t.tableNo()),
                        snapshot.deptCode(), snapshot.fiscalYear(), t.tableNo(), t.note(), t.rowCount(), t.version(), t.updatedAt()))
                .toList();
        Written<LedgerTableRow> written = tables.apply(rows);
        for (LedgerTableRow row : written.rows()) {
            if (written.storedBefore().containsKey(row.aggregateId())) {
                stale++;
            } else {
                missing++;
            }
        }
        if (missing + stale > 0) {
            BudgetReconciliation.bumpFacts(snapshot.deptCode(), snapshot.fiscalYear());
            models.forget(new BudgetKey(snapshot.deptCode(), snapshot.fiscalYear()));
        }
        return new Tally(missing, stale, 0);
    }

    private static boolean sameHeader(BudgetSnapshot snapshot, BudgetProjection budget) {
        List<NarrativeFigure> projected = budget.narrative.stream()
                .map(f -> new NarrativeFigure(f.code, f.label, f.amount, f.unit, f.text))
                .toList();
        return snapshot.templateId().equals(budget.templateId)
                && Objects.equals(snapshot.deptName(), budget.deptName)
                && snapshot.narrative().equals(projected);
    }

    /** Stores the ledger's header as of the run's start, at a version no lower than the stored one's ({@code null}: none). */
    private static void copy(BudgetSnapshot snapshot, BudgetProjection stored, Instant at) {
        BudgetHeaderRow header = new BudgetHeaderRow(snapshot.deptCode(), snapshot.fiscalYear(),
                Math.max(stored == null ? 0 : stored.version, snapshot.version()), at,
                new BudgetPayload(snapshot.templateId(), snapshot.deptName(), snapshot.narrative()));
        BudgetHeaderRows.store(List.of(header),
                stored == null ? Map.of() : Map.of(header.key(), new BudgetHeaderRows.Stored(stored.id, stored.version)));
    }

    private static LedgerLineRow row(String aggregateId, String deptCode, int fiscalYear, SnapshotLine line) {
        return new LedgerLineRow(aggregateId, deptCode, fiscalYear, line.tableNo(), line.code(), line.kind(), line.name(),
                line.position(), line.unit(), line.version(), line.deleted(), line.updatedAt(),
                line.deleted() || line.amounts() == null ? Map.of() : line.amounts());
    }
}
