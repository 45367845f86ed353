package gov.budget.reconciliation.nightly;

import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.snapshot.ChangedBudget;
import gov.budget.contracts.snapshot.SnapshotLine;
import gov.budget.contracts.snapshot.SnapshotPage;
import gov.budget.reconciliation.config.ReconciliationConfig;
import gov.budget.reconciliation.facts.DepartmentRegister;
import gov.budget.reconciliation.finding.BudgetReconciliation;
import gov.budget.reconciliation.finding.FindingRecorder;
import gov.budget.reconciliation.finding.ReconciliationService;
import gov.budget.reconciliation.projection.BudgetKey;
import gov.budget.reconciliation.rule.Lazy;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The full reconciliation: for every budget, compare the projections with the owning services'
 * digests, read the snapshots of the parts that differ and repair their drift (a missed, extra or
 * stale event), then re-evaluate every rule.
 * One run at a time across all replicas, guarded by {@link RunLock}; the run itself works in the
 * background, a few departments at once, and is recorded in {@link ReconciliationRun}.
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

    @Inject
    UnfiledBudgets unfiledBudgets;

    @Inject
    DigestCheck digestCheck;

    @Inject
    ReconciliationConfig config;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "nightly-reconciliation");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Starts a run in the background and answers at once; refused when one is running anywhere.
     * {@code deptPrefix} limits it to the departments whose code starts with it; null covers all.
     */
    public ReconciliationRun start(ReconciliationRun.Trigger trigger, String deptPrefix) {
        RunLock.Held held = lock.tryAcquire().orElseThrow(RunInProgressException::new);
        try {
            ReconciliationRun run = QuarkusTransaction.requiringNew().call(() -> {
                ReconciliationRun created = new ReconciliationRun();
                created.trigger = trigger;
                created.status = ReconciliationRun.Status.RUNNING;
                created.deptPrefix = deptPrefix;
                created.startedAt = Instant.now();
                created.persist();
                return created;
            });
            worker.submit(() -> execute(run.id, run.startedAt, deptPrefix, held));
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

    private void execute(long runId, Instant startedAt, String deptPrefix, RunLock.Held held) {
        int workers = Math.max(1, config.reconciliation().nightlyWorkers());
        ExecutorService departmentsPool = Executors.newFixedThreadPool(workers, r -> {
            Thread thread = new Thread(r, "nightly-department");
            thread.setDaemon(true);
            return thread;
        });
        try (held) {
            DriftCount drift = new DriftCount();
            drift.service = LedgerDriftRepair.SERVICE;
            Map<String, DriftCount> otherDrift = new ConcurrentHashMap<>();
            for (String service : OwningServicesRepair.SERVICES) {
                DriftCount count = new DriftCount();
                count.service = service;
                otherDrift.put(service, count);
            }
            // the ledger's budgets, then those only the projections know (all of their rows are extra),
            // grouped by department: a department's register serves all of its budgets
            Map<String, List<Integer>> ledgerYears = new LinkedHashMap<>();
            for (ChangedBudget budget : ledger.budgets(null)) {
                if (covers(deptPrefix, budget.deptCode())) {
                    ledgerYears.computeIfAbsent(budget.deptCode(), d -> new ArrayList<>()).add(budget.fiscalYear());
                }
            }
            Map<String, List<Integer>> orphanYears = new LinkedHashMap<>();
            for (String known : knownBudgets()) {
                String dept = dept(known);
                if (covers(deptPrefix, dept) && !ledgerYears.getOrDefault(dept, List.of()).contains(year(known))) {
                    orphanYears.computeIfAbsent(dept, d -> new ArrayList<>()).add(year(known));
                }
            }
            Set<String> departments = new LinkedHashSet<>(ledgerYears.keySet());
            departments.addAll(orphanYears.keySet());
            // nearly every part of nearly every budget is as its service holds it: digests show which, and
            // only the rest have their snapshots read
            DigestComparison digests = digestCheck.compare(List.copyOf(ledgerYears.keySet()), departmentsPool);
            List<Future<DepartmentOutcome>> outcomes = new ArrayList<>();
            for (String dept : departments) {
                outcomes.add(departmentsPool.submit(() -> checkDepartment(dept, ledgerYears.getOrDefault(dept, List.of()),
                        orphanYears.getOrDefault(dept, List.of()), startedAt, digests, drift, otherDrift)));
            }
            int budgets = 0;
            int opened = 0;
            int resolved = 0;
            int unfiled = 0;
            for (Future<DepartmentOutcome> outcome : outcomes) {
                DepartmentOutcome done = outcome.get();
                budgets += done.budgets();
                opened += done.opened();
                resolved += done.resolved();
                unfiled += done.unfiledRemoved();
            }
            List<DriftCount> drifts = new ArrayList<>();
            drifts.add(drift);
            OwningServicesRepair.SERVICES.forEach(service -> drifts.add(otherDrift.get(service)));
            finish(runId, ReconciliationRun.Status.SUCCEEDED, budgets, opened, resolved, drifts, null);
            LOG.infof("run %d: %d budgets, drift %d (missing %d, stale %d, extra %d), findings opened %d, resolved %d, "
                            + "%d unfiled department-years removed",
                    runId, budgets, drift.total(), drift.missing, drift.stale, drift.extra, opened, resolved, unfiled);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finish(runId, ReconciliationRun.Status.FAILED, 0, 0, 0, null, "interrupted");
        } catch (ExecutionException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            LOG.errorf(cause, "run %d failed", runId);
            finish(runId, ReconciliationRun.Status.FAILED, 0, 0, 0, null, String.valueOf(cause.getMessage()));
        } finally {
            departmentsPool.shutdownNow();
        }
    }

    /**
     * What one department's check found: its budgets, the findings they opened and resolved, and the
     * department-years it removed because nothing was filed for them.
     */
    private record DepartmentOutcome(int budgets, int opened, int resolved, int unfiledRemoved) {
    }

    /**
     * One department: repair each budget's projections against the services' snapshots, then the
     * department's register, then re-evaluate each budget on the repaired projections. A year only
     * the projections know and that holds nothing filed is removed instead of evaluated.
     */
    private DepartmentOutcome checkDepartment(String dept, List<Integer> ledgerYears, List<Integer> orphanYears, Instant startedAt,
                                              DigestComparison digests, DriftCount drift, Map<String, DriftCount> otherDrift) {
        for (int year : ledgerYears) {
            if (!digests.same(dept, year, DigestCheck.LEDGER_PARTS)) {
                add(drift, ledgerRepair.repairHeader(ledger.budget(dept, year), startedAt));
                add(drift, ledgerRepair.repair(dept, year, snapshotOf(dept, year), startedAt));
            }
            owningServices.repairBudget(dept, year, startedAt, digests, otherDrift);
        }
        if (!ledgerYears.isEmpty()) {
            owningServices.repairDepartment(dept, startedAt, digests, otherDrift);
        }
        for (int year : orphanYears) {
            add(drift, ledgerRepair.repair(dept, year, List.of(), startedAt));
        }
        List<Integer> years = new ArrayList<>(ledgerYears);
        int unfiledRemoved = 0;
        for (int year : orphanYears) {
            if (unfiledBudgets.removeIfUnfiled(dept, year)) {
                unfiledRemoved++;
            } else {
                years.add(year);
            }
        }
        int opened = 0;
        int resolved = 0;
        // the department's register is read once for all of its budgets, after its repair
        Lazy<List<AssetPayload>> register = DepartmentRegister.of(dept);
        Set<Integer> settled = QuarkusTransaction.requiringNew().call(() -> reconciliation.settledYears(dept));
        for (int year : years) {
            if (settled.contains(year)) {
                continue;
            }
            FindingRecorder.Changes changes = QuarkusTransaction.requiringNew()
                    .call(() -> reconciliation.reevaluateInFull(new BudgetKey(dept, year), register));
            opened += changes.opened();
            resolved += changes.resolved();
        }
        return new DepartmentOutcome(years.size(), opened, resolved, unfiledRemoved);
    }

    private static boolean covers(String deptPrefix, String deptCode) {
        return deptPrefix == null || deptCode.startsWith(deptPrefix);
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

    /** The workers share the ledger's count. */
    private static void add(DriftCount drift, LedgerDriftRepair.Tally tally) {
        synchronized (drift) {
            drift.missing += tally.missing();
            drift.stale += tally.stale();
            drift.extra += tally.extra();
        }
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
