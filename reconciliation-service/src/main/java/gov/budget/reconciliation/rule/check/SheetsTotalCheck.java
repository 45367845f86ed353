package gov.budget.reconciliation.rule.check;

import gov.budget.contracts.performance.ProjectSheetPayload;
import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.CheckSpec;
import gov.budget.reconciliation.rule.Comparison;
import gov.budget.reconciliation.rule.RuleInput;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Σ 预算数 of the project sheets against a ledger figure (R21: table 3's 项目支出 合计). The region's
 * profile says how they compare: = where every project has a sheet, ≤ where only some do. Nothing
 * is compared while the budget has no sheet at all.
 */
public record SheetsTotalCheck(CellRef against) implements CheckSpec {

    static final String LOCATION = "sheets";

    @Override
    public List<Comparison> compare(BudgetFacts facts) {
        List<ProjectSheetPayload> sheets = facts.services().sheets();
        if (sheets.isEmpty()) {
            return List.of();
        }
        BigDecimal total = Sums.of(sheets.stream().map(ProjectSheetPayload::budget).toList());
        // the sheets state 万元; a ledger in 元 (Shanghai) is brought to 万元 first
        CellRef.Value cell = against.read(facts);
        BigDecimal ledger = UnitConversion.toWanYuan(cell.amount().orElse(BigDecimal.ZERO), cell.unit());
        boolean converted = !UnitConversion.WAN_YUAN.equals(cell.unit());
        return List.of(new Comparison(null, LOCATION, "budget", "项目绩效目标表 预算数合计", total, ledger, sheets.size(),
                UnitConversion.WAN_YUAN, converted, null));
    }

    @Override
    public Set<RuleInput> inputs() {
        return Set.of(RuleInput.sheets(), against.input());
    }
}
