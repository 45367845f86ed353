package gov.budget.reconciliation.nightly;

import gov.budget.contracts.snapshot.ChangedBudget;
import gov.budget.contracts.snapshot.SnapshotLine;
import gov.budget.contracts.snapshot.SnapshotPage;
import gov.budget.reconciliation.finding.BudgetReconciliation;
import gov.budget.reconciliation.finding.FindingRecorder;
import gov.budget.reconciliation.finding.ReconciliationService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The full reconciliation: for every budget, compare the projections with the owning services'
 * snapshots and repair any drift (a missed, extra or stale event), then re-evaluate every rule.
 * One run at a time across all replicas, guarded by {@link RunLock}; the run itself works in the
 * background and is recorded in {@link ReconciliationRun}.
 */
@ApplicationScoped
public class NightlyReconciliation {

    private static final Logger LOG = Logger.getLogger(NightlyReconciliation.class);
    /** A seed-sized budget has about 300 lines: one page each. */
    private static final int PAGE = 5000;

    @Inject
    RunLock lock;

    @Inject
    LedgerDriftRepair ledgerRepair;

    @Inject
    @RestClient
    LedgerSnapshotClient ledger;

    @Inject
    ReconciliationService reconciliation;

    @Inject
    OwningServicesRepair owningServices;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "nightly-reconciliation");
        thread.setDaemon(true);
        return thread;
    });

    /** Starts a run in the background and answers at once; refused when one is running anywhere. */
    public ReconciliationRun start(ReconciliationRun.Trigger trigger) {
        RunLock.Held held = lock.tryAcquire().orElseThrow(RunInProgressException::new);
        try {
            ReconciliationRun run = QuarkusTransaction.requiringNew().call(() -> {
                ReconciliationRun created = new ReconciliationRun();
                created.trigger = trigger;
                created.status = ReconciliationRun.Status.RUNNING;
                created.startedAt = Instant.now();
                created.persist();
                return created;
            });
            worker.submit(() -> execute(run.id, run.startedAt, held));
            return run;
        } catch (RuntimeException e) {
            held.close();
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void execute(long runId, Instant startedAt, RunLock.Held held) {
        try (held) {
            DriftCount drift = new DriftCount();
            drift.service = LedgerDriftRepair.SERVICE;
            Map<String, DriftCount> otherDrift = new LinkedHashMap<>();
            Set<String> budgets = new LinkedHashSet<>();
            Set<String> departments = new LinkedHashSet<>();
            for (ChangedBudget budget : ledger.budgets(null)) {
                budgets.add(key(budget.deptCode(), budget.fiscalYear()));
                add(drift, ledgerRepair.repairHeader(ledger.budget(budget.deptCode(), budget.fiscalYear()), startedAt));
                add(drift, ledgerRepair.repair(budget.deptCode(), budget.fiscalYear(),
                        snapshotOf(budget.deptCode(), budget.fiscalYear()), startedAt));
                owningServices.repairBudget(budget.deptCode(), budget.fiscalYear(), startedAt, otherDrift);
                if (departments.add(budget.deptCode())) {
                    owningServices.repairDepartment(budget.deptCode(), startedAt, otherDrift);
                }
            }
            // a budget the projections know but the ledger does not: all of its rows are extra
            for (String known : knownBudgets()) {
                if (budgets.add(known)) {
                    add(drift, ledgerRepair.repair(dept(known), year(known), List.of(), startedAt));
                }
            }
            int opened = 0;
            int resolved = 0;
            for (String budget : budgets) {
                FindingRecorder.Changes changes = QuarkusTransaction.requiringNew()
                        .call(() -> reconciliation.reevaluate(dept(budget), year(budget), null, 0, null));
                opened += changes.opened();
                resolved += changes.resolved();
            }
            List<DriftCount> drifts = new ArrayList<>();
            drifts.add(drift);
            drifts.addAll(otherDrift.values());
            finish(runId, ReconciliationRun.Status.SUCCEEDED, budgets.size(), opened, resolved, drifts, null);
            LOG.infof("run %d: %d budgets, drift %d (missing %d, stale %d, extra %d), findings opened %d, resolved %d",
                    runId, budgets.size(), drift.total(), drift.missing, drift.stale, drift.extra, opened, resolved);
        } catch (RuntimeException e) {
            LOG.errorf(e, "run %d failed", runId);
            finish(runId, ReconciliationRun.Status.FAILED, 0, 0, 0, null, e.getMessage());
        }
    }

    private List<SnapshotLine> snapshotOf(String deptCode, int fiscalYear) {
        List<SnapshotLine> lines = new ArrayList<>();
        String cursor = null;
        do {
            SnapshotPage page = ledger.lines(deptCode, fiscalYear, cursor, PAGE);
            lines.addAll(page.lines());
            cursor = page.nextCursor();
        } while (cursor != null);
        return lines;
    }

    private static List<String> knownBudgets() {
        return QuarkusTransaction.requiringNew().call(() -> BudgetReconciliation.<BudgetReconciliation>listAll().stream()
                .map(b -> key(b.deptCode, b.fiscalYear))
                .toList());
    }

    private static void add(DriftCount drift, LedgerDriftRepair.Tally tally) {
        drift.missing += tally.missing();
        drift.stale += tally.stale();
        drift.extra += tally.extra();
    }

    private static void finish(long runId, ReconciliationRun.Status status, int budgets, int opened, int resolved,
                               List<DriftCount> drift, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            ReconciliationRun run = ReconciliationRun.findById(runId);
            run.status = status;
            run.finishedAt = Instant.now();
            run.budgetsChecked = budgets;
            run.findingsOpened = opened;
            run.findingsResolved = resolved;
            if (drift != null) {
                run.drift.addAll(drift);
            }
            run.error = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        });
    }

    private static String key(String deptCode, int fiscalYear) {
        return deptCode + ":" + fiscalYear;
    }

    private static String dept(String key) {
        return key.substring(0, key.lastIndexOf(':'));
    }

    private static int year(String key) {
        return Integer.parseInt(key.substring(key.lastIndexOf(':') + 1));
    }
}
