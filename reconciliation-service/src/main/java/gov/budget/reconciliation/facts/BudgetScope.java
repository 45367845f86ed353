package gov.budget.reconciliation.facts;

import gov.budget.reconciliation.projection.BudgetKey;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Some budgets as the filter of set-based reads: their departments for the one {@code IN} list, and
 * the range of their years; a row of a budget outside the set is skipped by whoever reads it.
 */
final class BudgetScope {

    private final Set<String> departments = new TreeSet<>();
    private int firstYear = Integer.MAX_VALUE;
    private int lastYear = Integer.MIN_VALUE;

    BudgetScope(Collection<BudgetKey> keys) {
        for (BudgetKey key : keys) {
            departments.add(key.deptCode());
            firstYear = Math.min(firstYear, key.fiscalYear());
            lastYear = Math.max(lastYear, key.fiscalYear());
        }
    }

    Set<String> departments() {
        return departments;
    }

    List<Object> yearRange() {
        return List.of(firstYear, lastYear);
    }
}
