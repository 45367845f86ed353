package gov.budget.performance.plan.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** The cumulative spending plan (资金支出计划) in %, at the end of March, June, October and December; blank allowed. */
public record SpendingPlan(@Schema(implementation = PlanPercentage.class) BigDecimal march,
                           @Schema(implementation = PlanPercentage.class) BigDecimal june,
                           @Schema(implementation = PlanPercentage.class) BigDecimal october,
                           @Schema(implementation = PlanPercentage.class) BigDecimal december) {
}
