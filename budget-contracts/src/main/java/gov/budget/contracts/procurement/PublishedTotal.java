package gov.budget.contracts.procurement;

import java.math.BigDecimal;

/**
 * A total printed in the procurement table: a unit's 小计, or the 合计 when {@code unit} is null.
 */
public record PublishedTotal(String unit, FundAmounts amounts, BigDecimal smeShare) {
}
