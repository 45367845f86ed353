package gov.budget.procurement.line.rest;

import gov.budget.contracts.procurement.FundAmounts;

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
public record ProcurementLineRequest(String unit, String projectName, String projectCode, Boolean basicExpenditure,
                                     BigDecimal projectBudget, String itemName, String catalogCode, String measureUnit,
                                     BigDecimal quantity, BigDecimal unitPrice, FundAmounts amounts, BigDecimal smeShare) {
}
