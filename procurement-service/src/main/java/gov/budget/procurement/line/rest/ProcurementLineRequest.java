package gov.budget.procurement.line.rest;

import gov.budget.contracts.procurement.FundAmounts;
import gov.budget.web.openapi.NonNegativeAmount;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * One procurement line, in 万元.
 *
 * @param unit             the sub-unit, as the department's record names it
 * @param projectName      the source project's name, or the basic-expenditure line's, such as 2024年日常公用经费预算（三保）
 * @param projectCode      the project's code when known, such as 13030224P00308P12449R
 * @param basicExpenditure true for a basic-expenditure line that is not a project
 * @param projectBudget    the project's stated 预算资金
 * @param catalogCode      政府采购目录序号: A, B or C and 8 digits
 * @param quantity         数量, above 0
 * @param amounts          合计 and the fund sources; a blank source is left out
 * @param smeShare         预留中小微企业份额, at most the 合计
 */
public record ProcurementLineRequest(@Schema(required = true) String unit,
                                     @Schema(required = true, maxLength = 300, pattern = "\\S") String projectName,
                                     @Schema(pattern = "^[0-9A-Za-z]{1,40}$") String projectCode,
                                     Boolean basicExpenditure,
                                     @Schema(implementation = NonNegativeAmount.class) BigDecimal projectBudget,
                                     @Schema(required = true, maxLength = 200, pattern = "\\S") String itemName,
                                     @Schema(required = true, pattern = "^[ABC][0-9]{8}$") String catalogCode,
                                     @Schema(required = true, maxLength = 20, pattern = "\\S") String measureUnit,
                                     @Schema(required = true, minimum = "0", exclusiveMinimum = true, maximum = "1E16",
                                             exclusiveMaximum = true,
                                             extensions = @Extension(name = "x-fraction-digits", value = "4", parseValue = true))
                                     BigDecimal quantity,
                                     @Schema(implementation = NonNegativeAmount.class) BigDecimal unitPrice,
                                     @Schema(required = true, description = "合计 is required") FundAmounts amounts,
                                     @Schema(implementation = NonNegativeAmount.class, description = "at most the line's 合计")
                                     BigDecimal smeShare) {
}
