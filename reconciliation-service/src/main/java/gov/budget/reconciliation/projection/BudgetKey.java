package gov.budget.reconciliation.projection;

/** One department-year: the unit that events are keyed by and that is evaluated. */
public record BudgetKey(String deptCode, int fiscalYear) {

    @Override
    public String toString() {
        return deptCode + ":" + fiscalYear;
    }
}
