package gov.budget.reconciliation.consumer;

import gov.budget.reconciliation.projection.BudgetKey;

import java.util.Set;

/**
 * The budgets whose evaluation must wait because a transaction that changes them has reached the
 * consumer only in part: single budgets, and whole departments whose asset register is changing.
 */
public record HeldBudgets(Set<BudgetKey> budgets, Set<String> departments) {

    public static final HeldBudgets NONE = new HeldBudgets(Set.of(), Set.of());

    public HeldBudgets {
        budgets = Set.copyOf(budgets);
        departments = Set.copyOf(departments);
    }

    public boolean holds(BudgetKey key) {
        return budgets.contains(key) || departments.contains(key.deptCode());
    }

    public boolean isEmpty() {
        return budgets.isEmpty() && departments.isEmpty();
    }
}
