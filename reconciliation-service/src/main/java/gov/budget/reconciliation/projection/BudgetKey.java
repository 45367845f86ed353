package gov.budget.reconciliation.projection;

import java.util.Comparator;

/** One department-year: the unit that events are keyed by and that is evaluated. */
public record BudgetKey(String deptCode, int fiscalYear) implements Comparable<BudgetKey> {

    private static final Comparator<BudgetKey> ORDER = Comparator.comparing(BudgetKey::deptCode).thenComparingInt(BudgetKey::fiscalYear);

    /** The budget of a key {@code deptCode:fiscalYear}, as events are keyed; refuses a key of another shape. */
    public static BudgetKey parse(String key) {
        int colon = key.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("not a budget key deptCode:fiscalYear: " + key);
        }
        return new BudgetKey(key.substring(0, colon), Integer.parseInt(key.substring(colon + 1)));
    }

    @Override
    public int compareTo(BudgetKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return deptCode + ":" + fiscalYear;
    }
}
