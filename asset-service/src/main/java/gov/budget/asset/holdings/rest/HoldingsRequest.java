package gov.budget.asset.holdings.rest;

import gov.budget.web.openapi.NonNegativeAmount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * A whole published holdings table; it replaces the stored one.
 *
 * @param deptCode         optional; when sent it must match the URL
 * @param plannedPurchases 本年度拟购置固定资产总额
 */
public record HoldingsRequest(String deptCode,
                              @Schema(format = "date") String asOf,
                              @Schema(implementation = NonNegativeAmount.class) BigDecimal plannedPurchases,
                              @Schema(required = true) List<HoldingsRowRequest> rows) {
}
