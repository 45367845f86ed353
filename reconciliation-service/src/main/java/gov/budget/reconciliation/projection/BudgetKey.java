package gov.budget.reconciliation.projection;

import java.util.Comparator;

/** One department-year: the unit that events are keyed by and that is evaluated. */
public record BudgetKey(String deptCode, int fiscalYear) implements Comparable<BudgetKey> {

    private static final Comparator<BudgetKey> ORDER = Comparator.comparing(BudgetKey::deptCode).thenComparingInt(BudgetKey::fiscalYear);

    @Override
    public int compareTo(BudgetKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return deptCode + ":" + fiscalYear;
    }
}
