package gov.budget.asset.holdings.rest;

import gov.budget.asset.holdings.HoldingsCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * One published row.
 *
 * @param label    the printed label; the category's own when left out
 * @param quantity blank (null) where the table prints ——
 */
public record HoldingsRowRequest(HoldingsCategory category, String label, @Schema(nullable = true) BigDecimal quantity, String quantityUnit,
                                 BigDecimal value) {
}
