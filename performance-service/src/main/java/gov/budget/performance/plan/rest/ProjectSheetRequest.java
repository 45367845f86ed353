package gov.budget.performance.plan.rest;

import gov.budget.web.openapi.NonNegativeAmount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * One project sheet (项目绩效目标表), amounts in 万元.
 *
 * @param projectCode    unique within the department-year, such as 13030224P00308P12449R
 * @param functionalCode the functional code the project is budgeted under, when known
 * @param carriedOver    true for a project carried over from last year
 */
public record ProjectSheetRequest(@Schema(required = true, pattern = "^[0-9A-Za-z]{1,40}$") String projectCode,
                                  @Schema(required = true, maxLength = 300, pattern = "\\S") String projectName,
                                  @Schema(required = true, implementation = NonNegativeAmount.class) BigDecimal budget,
                                  @Schema(implementation = NonNegativeAmount.class) BigDecimal fiscalFunds,
                                  @Schema(implementation = NonNegativeAmount.class) BigDecimal otherFunds,
                                  String fundUse,
                                  SpendingPlan spendingPlan,
                                  List<String> goals,
                                  List<IndicatorRequest> indicators,
                                  Boolean carriedOver,
                                  @Schema(pattern = "^[0-9]{3}([0-9]{2}){0,2}$") String functionalCode) {
}
