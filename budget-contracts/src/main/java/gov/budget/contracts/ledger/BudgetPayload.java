package gov.budget.contracts.ledger;

import java.util.List;

/**
 * The state of a department-year budget beyond its tables, as carried by a {@code BudgetChanged}
 * event: its template, the department's name, and the figures its narrative states.
 *
 * @param templateId the region template the budget is published under
 * @param deptName   the department's name
 * @param narrative  the narrative's figures, in published order
 */
public record BudgetPayload(String templateId, String deptName, List<NarrativeFigure> narrative) {

    public static final String AGGREGATE_TYPE = "Budget";
    public static final String EVENT_TYPE = "BudgetChanged";

    /** The stable aggregate id of a budget: {@code deptCode:fiscalYear}. */
    public static String aggregateId(String deptCode, int fiscalYear) {
        return deptCode + ":" + fiscalYear;
    }
}
