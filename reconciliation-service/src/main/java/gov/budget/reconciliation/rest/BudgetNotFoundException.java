package gov.budget.reconciliation.rest;

import gov.budget.web.problem.NotFoundException;

/** No event of the budget has reached reconciliation; answered with 404. */
public class BudgetNotFoundException extends NotFoundException {

    public BudgetNotFoundException(String deptCode, int fiscalYear) {
        super("no change of budget " + deptCode + "/" + fiscalYear + " has reached reconciliation");
    }
}
