package gov.budget.performance.plan.rest;

import java.math.BigDecimal;
import java.util.List;

/**
 * One project sheet (项目绩效目标表), amounts in 万元.
 *
 * @param projectCode    unique within the department-year, such as 13030224P00308P12449R
 * @param functionalCode the functional code the project is budgeted under, when known
 * @param carriedOver    true for a project carried over from last year
 */
public record ProjectSheetRequest(String projectCode, String projectName, BigDecimal budget, BigDecimal fiscalFunds,
                                  BigDecimal otherFunds, String fundUse, SpendingPlan spendingPlan, List<String> goals,
                                  List<IndicatorRequest> indicators, Boolean carriedOver, String functionalCode) {
}
