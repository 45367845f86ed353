package gov.budget.procurement.line.rest;

import gov.budget.contracts.procurement.FundAmounts;
import gov.budget.web.openapi.NonNegativeAmount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** A printed total: a unit's 小计, or the 合计 when {@code unit} is null. */
public record PublishedTotalRequest(String unit,
                                    FundAmounts amounts,
                                    @Schema(implementation = NonNegativeAmount.class) BigDecimal smeShare) {
}
