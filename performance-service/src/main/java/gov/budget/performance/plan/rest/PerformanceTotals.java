package gov.budget.performance.plan.rest;

import java.math.BigDecimal;

/** Totals of a department-year's sheets, in 万元: reconciliation compares Σ 预算数 with table 3's 项目支出. */
public record PerformanceTotals(String deptCode, int fiscalYear, int sheetCount, BigDecimal budget, BigDecimal fiscalFunds) {
}
