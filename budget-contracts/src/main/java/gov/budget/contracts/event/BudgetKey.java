package gov.budget.contracts.event;

/** A budget is one department-year; its key is {@code deptCode:fiscalYear}. */
public final class BudgetKey {

    private BudgetKey() {
    }

    public static String of(String deptCode, int fiscalYear) {
        return deptCode + ":" + fiscalYear;
    }
}
