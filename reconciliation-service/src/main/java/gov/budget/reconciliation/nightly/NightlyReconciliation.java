package gov.budget.reconciliation.nightly;

import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.snapshot.BudgetDigest;
import gov.budget.contracts.snapshot.ChangedBudget;
import gov.budget.reconciliation.config.ReconciliationConfig;
import gov.budget.reconciliation.finding.BudgetReconciliation;
import gov.budget.reconciliation.finding.FindingRecorder;
import gov.budget.reconciliation.finding.ReconciliationService;
import gov.budget.reconciliation.projection.BudgetKey;
import gov.budget.reconciliation.rule.Lazy;
import gov.budget.reconciliation.source.Source;
import gov.budget.reconciliation.source.Sources;
import gov.budget.reconciliation.source.Tally;
import gov.budget.reconciliation.source.asset.DepartmentRegister;
import gov.budget.reconciliation.source.ledger.LedgerSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

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
    @Inject
    RunLock lock;

    @Inject
    LedgerSource ledger;

    @Inject
    Sources sources;

    @Inject
    ReconciliationService reconciliation;

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
            // one count per service, shared by the run's workers
            Map<String, DriftCount> drift = new LinkedHashMap<>();
            for (Source source : sources.all()) {
                DriftCount count = new DriftCount();
                count.service = source.service();
                drift.put(source.service(), count);
            }
            // the ledger's budgets, then those only the projections know (all of their rows are extra),
            // grouped by department: a department's register serves all of its budgets
            Map<String, List<Integer>> ledgerYears = new LinkedHashMap<>();
            for (ChangedBudget budget : ledger.budgets()) {
                if (covers(deptPrefix, budget.deptCode())) {
                    ledgerYears.computeIfAbsent(budget.deptCode(), d -> new ArrayList<>()).add(budget.fiscalYear());
                }
            }
            Map<String, List<Integer>> orphanYears = new LinkedHashMap<>();
            for (BudgetKey known : QuarkusTransaction.requiringNew().call(BudgetReconciliation::keys)) {
                String dept = known.deptCode();
                if (covers(deptPrefix, dept) && !ledgerYears.getOrDefault(dept, List.of()).contains(known.fiscalYear())) {
                    orphanYears.computeIfAbsent(dept, d -> new ArrayList<>()).add(known.fiscalYear());
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
                        orphanYears.getOrDefault(dept, List.of()), startedAt, digests, drift)));
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
            finish(runId, ReconciliationRun.Status.SUCCEEDED, budgets, opened, resolved, List.copyOf(drift.values()), null);
            DriftCount ledgerDrift = drift.get(ledger.service());
            LOG.infof("run %d: %d budgets, ledger drift %d (missing %d, stale %d, extra %d), findings opened %d, resolved %d, "
                            + "%d unfiled department-years removed",
                    runId, budgets, ledgerDrift.total(), ledgerDrift.missing, ledgerDrift.stale, ledgerDrift.extra, opened, resolved, unfiled);
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
     * department's parts, then re-evaluate each budget on the repaired projections. A year only
     * the projections know and that holds nothing filed is removed instead of evaluated.
     */
    private DepartmentOutcome checkDepartment(String dept, List<Integer> ledgerYears, List<Integer> orphanYears, Instant startedAt,
                                              DigestComparison digests, Map<String, DriftCount> drift) {
        for (Source source : sources.all()) {
            for (int year : ledgerYears) {
                if (!digests.same(dept, year, source.budgetParts())) {
                    guarded(source, drift, () -> source.repairBudget(dept, year, startedAt));
                }
            }
            if (!ledgerYears.isEmpty() && !digests.same(dept, BudgetDigest.WHOLE_DEPARTMENT, source.departmentParts())) {
                guarded(source, drift, () -> source.repairDepartment(dept, startedAt));
            }
        }
        for (int year : orphanYears) {
            guarded(ledger, drift, () -> ledger.repairUnknown(dept, year, startedAt));
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

    /**
     * Runs one service's repair unless the service was found unavailable in this run; a failure marks
     * it so, and leaves its projection as it is. The run's workers share each count, under its own lock.
     */
    private static void guarded(Source source, Map<String, DriftCount> drift, Supplier<Tally> repair) {
        DriftCount count = drift.get(source.service());
        synchronized (count) {
            if (count.unavailable) {
                return;
            }
        }
        try {
            Tally tally = repair.get();
            synchronized (count) {
                count.missing += tally.missing();
                count.stale += tally.stale();
                count.extra += tally.extra();
            }
        } catch (RuntimeException e) {
            LOG.warnf("the %s service's snapshot cannot be read; its projection is left as it is in this run: %s", source.service(),
                    e.getMessage());
            synchronized (count) {
                count.unavailable = true;
            }
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
}
