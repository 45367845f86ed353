package gov.budget.contracts.procurement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * A total printed in the procurement table: a unit's 小计, or the 合计 when {@code unit} is null.
 */
public record PublishedTotal(@Schema(nullable = true) String unit,
                             @Schema(nullable = true) FundAmounts amounts,
                             @Schema(nullable = true) BigDecimal smeShare) {
}
