package gov.budget.performance.plan.rest;

import gov.budget.contracts.performance.IndicatorValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A stored project sheet with its parsed indicators; {@code version} is also its ETag. */
public record ProjectSheetView(String projectCode,
                               String projectName,
                               int position,
                               BigDecimal budget,
                               @Schema(nullable = true) BigDecimal fiscalFunds,
                               @Schema(nullable = true) BigDecimal otherFunds,
                               @Schema(nullable = true) String fundUse,
                               @Schema(nullable = true) SpendingPlan spendingPlan,
                               List<String> goals,
                               List<Indicator> indicators,
                               boolean carriedOver,
                               @Schema(nullable = true) String functionalCode,
                               long version,
                               @Schema(nullable = true) Instant updatedAt) {

    /** One indicator with its 指标值 as printed and parsed. */
    public record Indicator(String level1,
                            String level2,
                            String level3,
                            @Schema(nullable = true) String description,
                            IndicatorValue value,
                            @Schema(nullable = true) String basis) {
    }
}
