package gov.budget.asset.register.rest;

import gov.budget.web.openapi.NonNegativeAmount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * One register entry.
 *
 * @param categoryCode the national classification code, 6 digits, such as 203010 (car) or 201010 (desktop computer)
 * @param acquiredOn   ISO date, such as 2019-03-15
 */
public record AssetRequest(@Schema(required = true, pattern = "^[0-9A-Za-z][0-9A-Za-z_.\\-/]{0,63}$") String assetNumber,
                           @Schema(required = true, maxLength = 200, pattern = "\\S") String name,
                           @Schema(required = true, pattern = "^[1-6][0-9]{5}$") String categoryCode, String unit,
                           @Schema(required = true, implementation = NonNegativeAmount.class) BigDecimal quantity,
                           @Schema(required = true, maxLength = 20, pattern = "\\S") String quantityUnit,
                           @Schema(required = true, implementation = NonNegativeAmount.class) BigDecimal originalValue,
                           @Schema(required = true, format = "date") String acquiredOn) {
}
