package gov.budget.reconciliation.consumer;

import gov.budget.contracts.asset.HoldingsPayload;
import gov.budget.reconciliation.facts.BudgetChanges;
import gov.budget.reconciliation.finding.DepartmentLocks;
import gov.budget.reconciliation.finding.ReconciliationService;
import gov.budget.reconciliation.metrics.ReconciliationMetrics;
import gov.budget.reconciliation.projection.BudgetKey;
import gov.budget.reconciliation.projection.RecordProjection;
import gov.budget.reconciliation.rule.RuleInput;
import gov.budget.reconciliation.source.asset.DepartmentRegister;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates every budget a batch changed, once per batch however many of its events the batch
 * held, and only the rules that read what changed; or, while the consumer catches up on a backlog,
 * queues them to be evaluated once on every rule when it is drained. A changed asset register counts
 * in each budget of its department with a holdings table; each register is read at most once per
 * batch. A budget that a transaction read only in part is changing is queued, not evaluated
 * ({@link OpenTransactions}), until the batch with the transaction's last event takes it back.
 * Every evaluation first locks its departments ({@link DepartmentLocks}), so that a department's
 * budgets are evaluated by one transaction at a time, on any consumer.
 */
@ApplicationScoped
public class BatchEvaluation {

    @Inject
    ReconciliationService reconciliation;

    @Inject
    PendingEvaluations pending;

    @Inject
    ReconciliationMetrics metrics;

    /**
     * Evaluates the batch's budgets now, together with whatever of theirs waited in the queue; the
     * {@code held} ones, which a transaction read in part is changing, join the queue instead.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void evaluate(ProjectedBatch batch, HeldBudgets held) {
        // before the holdings years are read: which budgets a register counts in is part of what it evaluates
        DepartmentLocks.lock(departmentsOf(batch));
        Map<BudgetKey, BudgetChanges> budgets = new LinkedHashMap<>();
        Map<BudgetKey, BudgetChanges> waiting = new LinkedHashMap<>();
        Set<BudgetKey> registerBudgets = new HashSet<>();
        budgetsOf(batch, registerBudgets).forEach((key, changes) -> (held.holds(key) ? waiting : budgets).put(key, changes));
        if (!waiting.isEmpty()) {
            pending.queue(waiting, Instant.now(), marked(waiting.keySet(), held, registerBudgets));
        }
        if (budgets.isEmpty()) {
            return;
        }
        pending.claim(budgets.keySet()).forEach((key, waited) -> {
            budgets.get(key).waitedWith(waited.events(), waited.firstEventAt(), waited.lastEventAt());
            metrics.changeApplied(waited.firstEventAt(), Instant.now());
        });
        evaluateNow(budgets);
    }

    private static Set<String> departmentsOf(ProjectedBatch batch) {
        Set<String> departments = new HashSet<>(batch.registers.keySet());
        batch.budgets.keySet().forEach(key -> departments.add(key.deptCode()));
        return departments;
    }

    /** Queues the batch's budgets, for a consumer that is behind; the {@code held} ones are marked so. */
    @Transactional(Transactional.TxType.MANDATORY)
    void queue(ProjectedBatch batch, HeldBudgets held) {
        Set<BudgetKey> registerBudgets = new HashSet<>();
        Map<BudgetKey, BudgetChanges> budgets = budgetsOf(batch, registerBudgets);
        pending.queue(budgets, Instant.now(), marked(budgets.keySet(), held, registerBudgets));
    }

    /**
     * The held budgets the queue marks, so that no drain on any instance takes them: those a
     * transaction of their own holds, and those of a department whose register a transaction holds
     * that the register counts in ({@code registerBudgets}). The batch with the transaction's last
     * event takes exactly these up again; a mark that no batch cleared would keep a budget queued for
     * good. Other budgets of a held department wait only for this instance's drain.
     */
    private static Set<BudgetKey> marked(Set<BudgetKey> queued, HeldBudgets held, Set<BudgetKey> registerBudgets) {
        Set<BudgetKey> marked = new HashSet<>();
        queued.forEach(key -> {
            if (held.budgets().contains(key) || (held.departments().contains(key.deptCode()) && registerBudgets.contains(key))) {
                marked.add(key);
            }
        });
        return marked;
    }

    /**
     * Evaluates up to {@code max} budgets of the queue, those waiting longest first, in one
     * transaction; returns how many there were.
     */
    @Transactional
    public int evaluateWaiting(int max) {
        return evaluateWaiting(max, HeldBudgets.NONE);
    }

    /** As above, leaving the {@code held} budgets in the queue. */
    @Transactional
    public int evaluateWaiting(int max, HeldBudgets held) {
        Map<BudgetKey, BudgetChanges> budgets = new LinkedHashMap<>();
        pending.take(max, held).forEach((key, waited) -> {
            BudgetChanges changes = new BudgetChanges();
            changes.waitedWith(waited.events(), waited.firstEventAt(), waited.lastEventAt());
            budgets.put(key, changes);
        });
        if (budgets.isEmpty()) {
            return 0;
        }
        evaluateNow(budgets);
        Instant evaluated = Instant.now();
        budgets.values().forEach(changes -> metrics.changeApplied(changes.firstEventAt(), evaluated));
        return budgets.size();
    }

    /**
     * The batch's budgets, each budget of a department whose register changed among them; those the
     * register counts in are added to {@code registerBudgets}.
     */
    private static Map<BudgetKey, BudgetChanges> budgetsOf(ProjectedBatch batch, Set<BudgetKey> registerBudgets) {
        // an asset is keyed by the year after its acquisition, which is no budget of its own:
        // evaluating that year would make up a department-year that nobody filed
        Map<String, List<Integer>> holdingsYears = RecordProjection.fiscalYearsOf(HoldingsPayload.AGGREGATE_TYPE, batch.registers.keySet());
        batch.registers.forEach((dept, changes) -> {
            for (int year : holdingsYears.getOrDefault(dept, List.of())) {
                registerBudgets.add(new BudgetKey(dept, year));
                BudgetChanges budget = batch.of(new BudgetKey(dept, year));
                changes.forEach(at -> budget.applied(at, Set.of(RuleInput.assets())));
            }
        });
        return batch.budgets;
    }

    private void evaluateNow(Map<BudgetKey, BudgetChanges> budgets) {
        // the states are read anew, locked: none may come from what the projector had loaded
        EntityManager entities = Panache.getEntityManager();
        entities.flush();
        entities.clear();
        reconciliation.reevaluate(budgets, DepartmentRegister.ofDepartments(budgets.keySet().stream().map(BudgetKey::deptCode).toList()));
    }
}
