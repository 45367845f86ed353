package gov.budget.performance.plan.rest;

import gov.budget.contracts.performance.IndicatorValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A stored project sheet with its parsed indicators; {@code version} is also its ETag. */
public record ProjectSheetView(String projectCode, String projectName, int position, BigDecimal budget, BigDecimal fiscalFunds,
                               BigDecimal otherFunds, String fundUse, SpendingPlan spendingPlan, List<String> goals,
                               List<Indicator> indicators, boolean carriedOver, String functionalCode, long version,
                               Instant updatedAt) {

    /** One indicator with its 指标值 as printed and parsed. */
    public record Indicator(String level1, String level2, String level3, String description, IndicatorValue value, String basis) {
    }
}
