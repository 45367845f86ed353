package gov.budget.reconciliation.nightly;

import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.asset.AssetSnapshotPage;
import gov.budget.contracts.asset.HoldingsPayload;
import gov.budget.contracts.asset.HoldingsSnapshot;
import gov.budget.contracts.performance.ProjectSheetPayload;
import gov.budget.contracts.performance.ProjectSheetSnapshotPage;
import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.contracts.procurement.ProcurementSnapshotPage;
import gov.budget.contracts.procurement.ProcurementTablePayload;
import gov.budget.contracts.procurement.ProcurementTableSnapshot;
import gov.budget.contracts.snapshot.BudgetDigest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The full run's drift repair for the performance, procurement and asset services: each budget's
 * sheets, procurement lines and printed totals, and each department's holdings tables and register.
 * A service whose snapshot cannot be read is marked unavailable for the run and its projection left as it is.
 */
@ApplicationScoped
public class OwningServicesRepair {

    static final String PERFORMANCE = "performance";
    static final String PROCUREMENT = "procurement";
    static final String ASSET = "asset";
    /** The services repaired here, in the order a run reports their drift. */
    static final List<String> SERVICES = List.of(PERFORMANCE, PROCUREMENT, ASSET);

    private static final Logger LOG = Logger.getLogger(OwningServicesRepair.class);
    static final int PAGE = 5000;

    @Inject
    @RestClient
    ServiceSnapshotClients.Performance performance;

    @Inject
    @RestClient
    ServiceSnapshotClients.Procurement procurement;

    @Inject
    @RestClient
    ServiceSnapshotClients.Asset asset;

    @Inject
    RecordDriftRepair repair;

    /** One budget's sheets, procurement lines and printed totals, except the parts whose digests showed them the same. */
    void repairBudget(String deptCode, int fiscalYear, Instant startedAt, DigestComparison digests, Map<String, DriftCount> drift) {
        if (!digests.same(deptCode, fiscalYear, DigestCheck.PERFORMANCE_PARTS)) {
            repairSheets(deptCode, fiscalYear, startedAt, drift);
        }
        if (!digests.same(deptCode, fiscalYear, DigestCheck.PROCUREMENT_PARTS)) {
            repairProcurement(deptCode, fiscalYear, startedAt, drift);
        }
    }

    private void repairSheets(String deptCode, int fiscalYear, Instant startedAt, Map<String, DriftCount> drift) {
        guarded(PERFORMANCE, drift, () -> {
            List<RecordDriftRepair.SnapshotRecord> records = new ArrayList<>();
            String cursor = null;
            do {
                ProjectSheetSnapshotPage page = performance.sheets(deptCode, fiscalYear, cursor, PAGE);
                page.sheets().forEach(s -> records.add(new RecordDriftRepair.SnapshotRecord(
                        ProjectSheetPayload.aggregateId(s.deptCode(), s.fiscalYear(), s.sheet().projectCode()), s.deptCode(),
                        s.fiscalYear(), s.version(), s.updatedAt(), s.sheet().deleted(), s.sheet())));
                cursor = page.nextCursor();
            } while (cursor != null);
            return repair.repair(ProjectSheetPayload.AGGREGATE_TYPE, deptCode, fiscalYear, records, startedAt);
        });
    }

    private void repairProcurement(String deptCode, int fiscalYear, Instant startedAt, Map<String, DriftCount> drift) {
        guarded(PROCUREMENT, drift, () -> {
            List<RecordDriftRepair.SnapshotRecord> records = new ArrayList<>();
            String cursor = null;
            do {
                ProcurementSnapshotPage page = procurement.lines(deptCode, fiscalYear, cursor, PAGE);
                page.lines().forEach(l -> records.add(new RecordDriftRepair.SnapshotRecord(
                        ProcurementLinePayload.aggregateId(l.deptCode(), l.fiscalYear(), l.line().lineId()), l.deptCode(),
                        l.fiscalYear(), l.version(), l.updatedAt(), l.line().deleted(), l.line())));
                cursor = page.nextCursor();
            } while (cursor != null);
            LedgerDriftRepair.Tally lines = repair.repair(ProcurementLinePayload.AGGREGATE_TYPE, deptCode, fiscalYear, records, startedAt);
            List<RecordDriftRepair.SnapshotRecord> tables = new ArrayList<>();
            for (ProcurementTableSnapshot table : procurement.tables(deptCode, fiscalYear)) {
                tables.add(new RecordDriftRepair.SnapshotRecord(ProcurementTablePayload.aggregateId(table.deptCode(), table.fiscalYear()),
                        table.deptCode(), table.fiscalYear(), table.version(), table.updatedAt(), false, table.table()));
            }
            LedgerDriftRepair.Tally totals = repair.repair(ProcurementTablePayload.AGGREGATE_TYPE, deptCode, fiscalYear, tables, startedAt);
            return new LedgerDriftRepair.Tally(lines.missing() + totals.missing(), lines.stale() + totals.stale(), lines.extra() + totals.extra());
        });
    }

    /** A department's holdings tables and its whole register, which serve every one of its budgets. */
    void repairDepartment(String deptCode, Instant startedAt, DigestComparison digests, Map<String, DriftCount> drift) {
        if (digests.same(deptCode, BudgetDigest.WHOLE_DEPARTMENT, DigestCheck.ASSET_PARTS)) {
            return;
        }
        guarded(ASSET, drift, () -> {
            List<RecordDriftRepair.SnapshotRecord> holdings = new ArrayList<>();
            for (HoldingsSnapshot table : asset.holdings(deptCode)) {
                holdings.add(new RecordDriftRepair.SnapshotRecord(HoldingsPayload.aggregateId(table.deptCode(), table.holdings().asOf()),
                        table.deptCode(), table.fiscalYear(), table.version(), table.updatedAt(), false, table.holdings()));
            }
            LedgerDriftRepair.Tally tables = repair.repair(HoldingsPayload.AGGREGATE_TYPE, deptCode, null, holdings, startedAt);
            List<RecordDriftRepair.SnapshotRecord> assets = new ArrayList<>();
            String cursor = null;
            do {
                AssetSnapshotPage page = asset.assets(deptCode, cursor, PAGE);
                page.assets().forEach(a -> assets.add(new RecordDriftRepair.SnapshotRecord(
                        AssetPayload.aggregateId(a.deptCode(), a.asset().assetNumber()), a.deptCode(),
                        a.asset().acquiredOn().getYear() + 1, a.version(), a.updatedAt(), false, a.asset())));
                cursor = page.nextCursor();
            } while (cursor != null);
            LedgerDriftRepair.Tally register = repair.repair(AssetPayload.AGGREGATE_TYPE, deptCode, null, assets, startedAt);
            return new LedgerDriftRepair.Tally(tables.missing() + register.missing(), tables.stale() + register.stale(),
                    tables.extra() + register.extra());
        });
    }

    /**
     * Runs one service's repair unless the service was found unavailable in this run; a failure marks it so.
     * The run's workers share {@code drift} (a concurrent map), so each count is updated under its own lock.
     */
    private static void guarded(String service, Map<String, DriftCount> drift, Supplier<LedgerDriftRepair.Tally> work) {
        DriftCount count = drift.computeIfAbsent(service, s -> {
            DriftCount created = new DriftCount();
            created.service = s;
            return created;
        });
        synchronized (count) {
            if (count.unavailable) {
                return;
            }
        }
        try {
            LedgerDriftRepair.Tally tally = work.get();
            synchronized (count) {
                count.missing += tally.missing();
                count.stale += tally.stale();
                count.extra += tally.extra();
            }
        } catch (RuntimeException e) {
            LOG.warnf("the %s service's snapshot cannot be read; its projection is left as it is in this run: %s", service, e.getMessage());
            synchronized (count) {
                count.unavailable = true;
            }
        }
    }
}
