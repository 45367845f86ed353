package gov.budget.asset.holdings.rest;

import gov.budget.asset.holdings.HoldingsCategory;
import gov.budget.web.openapi.NonNegativeAmount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * One published row.
 *
 * @param label    the printed label; the category's own when left out
 * @param quantity blank (null) where the table prints ——
 */
public record HoldingsRowRequest(@Schema(required = true) HoldingsCategory category,
                                 @Schema(maxLength = 100) String label,
                                 @Schema(nullable = true, implementation = NonNegativeAmount.class) BigDecimal quantity,
                                 String quantityUnit,
                                 @Schema(required = true, implementation = NonNegativeAmount.class) BigDecimal value) {
}
