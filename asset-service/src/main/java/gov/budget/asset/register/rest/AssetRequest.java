package gov.budget.asset.register.rest;

import java.math.BigDecimal;

/**
 * One register entry.
 *
 * @param categoryCode the national classification code, 6 digits, such as 203010 (car) or 201010 (desktop computer)
 * @param acquiredOn   ISO date, such as 2019-03-15
 */
public record AssetRequest(String assetNumber, String name, String categoryCode, String unit, BigDecimal quantity,
                           String quantityUnit, BigDecimal originalValue, String acquiredOn) {
}
