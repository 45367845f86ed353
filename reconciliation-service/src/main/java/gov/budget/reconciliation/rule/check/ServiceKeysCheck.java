package gov.budget.reconciliation.rule.check;

import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.CheckSpec;
import gov.budget.reconciliation.rule.Comparison;
import gov.budget.reconciliation.rule.RuleInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The department and fiscal year agree across the services (R29): data the performance,
 * procurement or asset service holds for a department-year must belong to a budget the ledger
 * publishes under the same code and year, and the holdings table disclosed with a year's budget is
 * the one as of the end of the year before.
 */
public record ServiceKeysCheck() implements CheckSpec {

    @Override
    public List<Comparison> compare(BudgetFacts facts) {
        BudgetFacts.OtherServices services = facts.services();
        boolean ledger = !facts.published().isEmpty();
        List<Comparison> comparisons = new ArrayList<>();
        String key = facts.deptCode() + "/" + facts.fiscalYear();
        if (!services.sheets().isEmpty()) {
            comparisons.add(Comparison.count(null, "performance", "budget", "项目绩效目标表", ledger ? 1 : 0, 1,
                    "绩效目标有 " + key + " 的项目表，部门预算中却没有该部门该年度的预算"));
        }
        if (!services.procurementLines().isEmpty() || services.procurementTable() != null) {
            comparisons.add(Comparison.count(null, "procurement", "budget", "政府采购预算", ledger ? 1 : 0, 1,
                    "政府采购预算有 " + key + " 的数据，部门预算中却没有该部门该年度的预算"));
        }
        if (services.holdings() != null) {
            LocalDate expected = LocalDate.of(facts.fiscalYear() - 1, 12, 31);
            comparisons.add(Comparison.count(null, "asset", "budget", "国有资产占用情况表", ledger ? 1 : 0, 1,
                    "国有资产有随 " + key + " 公开的占用情况表，部门预算中却没有该部门该年度的预算"));
            comparisons.add(Comparison.count(null, "asset", "asOf", "国有资产占用情况表",
                    services.holdings().asOf().equals(expected) ? 1 : 0, 1,
                    "随 " + facts.fiscalYear() + " 年预算公开的占用情况表截止于 " + services.holdings().asOf() + "，应为 " + expected));
        }
        return comparisons;
    }

    @Override
    public Set<RuleInput> inputs() {
        return Set.of(RuleInput.ledgerTables(), RuleInput.sheets(), RuleInput.procurement(), RuleInput.assets());
    }
}
