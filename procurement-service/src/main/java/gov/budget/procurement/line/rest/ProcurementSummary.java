package gov.budget.procurement.line.rest;

import gov.budget.contracts.procurement.FundAmounts;
import gov.budget.contracts.procurement.PublishedTotal;
import gov.budget.procurement.line.ProcurementCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The figures a disclosure's narrative quotes, computed from the lines, beside the totals the table prints.
 *
 * @param byUnit     each sub-unit's computed 小计
 * @param total      the computed 合计
 * @param smeShare   the computed 预留中小微企业份额
 * @param byCategory 货物, 工程 and 服务, by the catalog codes' letters
 * @param byProject  what each source project procures, beside its stated 预算资金
 * @param published  the totals as the table prints them
 */
public record ProcurementSummary(String deptCode, int fiscalYear, int lineCount, List<UnitTotal> byUnit, FundAmounts total,
                                 BigDecimal smeShare, Map<ProcurementCategory, BigDecimal> byCategory,
                                 List<ProjectTotal> byProject, List<PublishedTotal> published) {

    /** One sub-unit's computed 小计. */
    public record UnitTotal(String unit, int lineCount, FundAmounts amounts, BigDecimal smeShare) {
    }

    /** One source project: its stated budget and what its lines procure. */
    public record ProjectTotal(String projectName,
                               @Schema(nullable = true) String projectCode,
                               boolean basicExpenditure,
                               @Schema(nullable = true) BigDecimal projectBudget,
                               BigDecimal procured) {
    }
}
