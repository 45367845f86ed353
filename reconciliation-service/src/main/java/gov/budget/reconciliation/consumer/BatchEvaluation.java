package gov.budget.reconciliation.consumer;

import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.asset.HoldingsPayload;
import gov.budget.reconciliation.facts.BudgetChanges;
import gov.budget.reconciliation.facts.DepartmentRegister;
import gov.budget.reconciliation.finding.ReconciliationService;
import gov.budget.reconciliation.projection.BudgetKey;
import gov.budget.reconciliation.projection.RecordProjection;
import gov.budget.reconciliation.rule.Lazy;
import gov.budget.reconciliation.rule.RuleInput;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates every budget a batch changed, once per batch however many of its events the batch
 * held, and only the rules that read what changed. A changed asset register counts in each budget of
 * its department with a holdings table; each register is read at most once per batch.
 */
@ApplicationScoped
public class BatchEvaluation {

    @Inject
    ReconciliationService reconciliation;

    @Transactional(Transactional.TxType.MANDATORY)
    void evaluate(ProjectedBatch batch) {
        batch.registers.forEach((dept, changes) -> {
            // an asset is keyed by the year after its acquisition, which is no budget of its own:
            // evaluating that year would make up a department-year that nobody filed
            for (int year : RecordProjection.fiscalYearsOf(HoldingsPayload.AGGREGATE_TYPE, dept)) {
                BudgetChanges budget = batch.of(new BudgetKey(dept, year));
                changes.forEach(at -> budget.applied(at, Set.of(RuleInput.assets())));
            }
        });
        Map<String, Lazy<List<AssetPayload>>> registers = new HashMap<>();
        // the states are read anew, locked: none may come from what the projector had loaded
        EntityManager entities = Panache.getEntityManager();
        entities.flush();
        entities.clear();
        reconciliation.reevaluate(batch.budgets, dept -> registers.computeIfAbsent(dept, DepartmentRegister::of));
    }
}
