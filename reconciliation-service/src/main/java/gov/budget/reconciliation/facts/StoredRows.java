package gov.budget.reconciliation.facts;

import gov.budget.reconciliation.projection.BudgetKey;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many rows of their own facts the projections hold for some budgets (removed ones included),
 * each source counting its part with a statement for all of them.
 */
public final class StoredRows {

    private final BudgetScope scope;
    private final Map<BudgetKey, Long> counts = new HashMap<>();

    StoredRows(Collection<BudgetKey> keys) {
        scope = new BudgetScope(keys);
        keys.forEach(key -> counts.put(key, 0L));
    }

    /** The departments of the budgets counted, for the statements' {@code IN} lists. */
    public Set<String> departments() {
        return scope.departments();
    }

    /** The years' range, with the departments, as the statements' filter; rows of other budgets are skipped. */
    public List<Object> yearRange() {
        return scope.yearRange();
    }

    /** Adds a source's count of a budget's rows; a budget not counted here is skipped. */
    public void add(String deptCode, int fiscalYear, long rows) {
        counts.computeIfPresent(new BudgetKey(deptCode, fiscalYear), (key, counted) -> counted + rows);
    }

    /** The rows stored for the budget, by every source. */
    long of(BudgetKey key) {
        return counts.getOrDefault(key, 0L);
    }
}
