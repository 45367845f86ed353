package gov.budget.performance.plan.rest;

import java.math.BigDecimal;

/** The cumulative spending plan (资金支出计划) in %, at the end of March, June, October and December; blank allowed. */
public record SpendingPlan(BigDecimal march, BigDecimal june, BigDecimal october, BigDecimal december) {
}
