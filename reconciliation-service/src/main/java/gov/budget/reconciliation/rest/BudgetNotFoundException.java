package gov.budget.reconciliation.rest;

/** No event of the budget has reached reconciliation; answered with 404. */
public class BudgetNotFoundException extends RuntimeException {

    public BudgetNotFoundException(String deptCode, int fiscalYear) {
        super("no change of budget " + deptCode + "/" + fiscalYear + " has reached reconciliation");
    }
}
