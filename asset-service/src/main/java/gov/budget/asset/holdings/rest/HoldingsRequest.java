package gov.budget.asset.holdings.rest;

import java.math.BigDecimal;
import java.util.List;

/**
 * A whole published holdings table; it replaces the stored one.
 *
 * @param deptCode         optional; when sent it must match the URL
 * @param plannedPurchases 本年度拟购置固定资产总额
 */
public record HoldingsRequest(String deptCode, String asOf, BigDecimal plannedPurchases, List<HoldingsRowRequest> rows) {
}
