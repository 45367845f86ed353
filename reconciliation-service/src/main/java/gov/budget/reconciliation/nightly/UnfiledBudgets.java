package gov.budget.reconciliation.nightly;

import gov.budget.reconciliation.finding.BudgetReconciliation;
import gov.budget.reconciliation.finding.Finding;
import gov.budget.reconciliation.source.RecordFacts;
import gov.budget.reconciliation.source.Sources;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Department-years that reconciliation knows of but that nobody filed: no budget header, ledger table
 * or live line, no project sheet, procurement or holdings table, and no finding, open or resolved.
 * Asset events once made them up for the year after each acquisition, a dozen per department, and
 * every full run then checked them. An asset keyed by such a year belongs to its department's
 * register, which the filed budgets read, so it stays.
 */
@ApplicationScoped
public class UnfiledBudgets {

    private static final String BUDGET = "deptCode = ?1 and fiscalYear = ?2";

    @Inject
    Sources sources;

    /** Removes the department-year's reconciliation record when nothing was filed for it; true if it did. */
    public boolean removeIfUnfiled(String deptCode, int fiscalYear) {
        return QuarkusTransaction.requiringNew().call(() -> {
            boolean filed = sources.all().stream().anyMatch(source -> source.filed(deptCode, fiscalYear))
                    || RecordFacts.filed(deptCode, fiscalYear, sources.budgetRecords())
                    || Finding.count(BUDGET, deptCode, fiscalYear) > 0;
            return !filed && BudgetReconciliation.delete(BUDGET, deptCode, fiscalYear) > 0;
        });
    }
}
