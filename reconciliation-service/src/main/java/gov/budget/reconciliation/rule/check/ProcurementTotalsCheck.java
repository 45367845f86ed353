package gov.budget.reconciliation.rule.check;

import gov.budget.contracts.procurement.FundAmounts;
import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.contracts.procurement.PublishedTotal;
import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.CheckSpec;
import gov.budget.reconciliation.rule.Comparison;
import gov.budget.reconciliation.rule.RuleInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The procurement table's printed totals against its lines (R23): each unit's 小计 against the sum
 * of its lines, and the 合计 against the sum of the 小计, in every fund column.
 */
public record ProcurementTotalsCheck() implements CheckSpec {

    static final List<String> COLUMNS = List.of("total", "generalPublic", "governmentFund", "stateCapital", "specialAccount",
            "unitFunds", "carryOver");

    @Override
    public List<Comparison> compare(BudgetFacts facts) {
        if (facts.services().procurementTable() == null) {
            return List.of();
        }
        List<PublishedTotal> totals = facts.services().procurementTable().publishedTotals();
        List<Comparison> comparisons = new ArrayList<>();
        FundAmounts subtotals = FundAmounts.blank();
        for (PublishedTotal total : totals) {
            if (total.unit() == null) {
                continue;
            }
            FundAmounts lines = FundAmounts.blank();
            int count = 0;
            for (ProcurementLinePayload line : facts.services().procurementLines()) {
                if (total.unit().equals(line.unit())) {
                    lines = lines.plus(line.amounts());
                    count++;
                }
            }
            compare(comparisons, "procurement:" + total.unit(), total.unit() + "小计", total.amounts(), lines, count);
            subtotals = subtotals.plus(total.amounts());
        }
        int units = (int) totals.stream().filter(t -> t.unit() != null).count();
        FundAmounts sumOfSubtotals = subtotals;
        totals.stream().filter(t -> t.unit() == null).findFirst()
                .ifPresent(grand -> compare(comparisons, "procurement:合计", "合计", grand.amounts(), sumOfSubtotals, units));
        return comparisons;
    }

    @Override
    public Set<RuleInput> inputs() {
        return Set.of(RuleInput.procurement());
    }

    private static void compare(List<Comparison> comparisons, String at, String name, FundAmounts printed, FundAmounts computed,
                                int parts) {
        List<BigDecimal> published = printed.all();
        List<BigDecimal> sums = computed.all();
        for (int c = 0; c < COLUMNS.size(); c++) {
            if (published.get(c) == null && sums.get(c) == null) {
                continue;
            }
            comparisons.add(Comparison.of(null, at, COLUMNS.get(c), name, Objects.requireNonNullElse(published.get(c), BigDecimal.ZERO),
                    Objects.requireNonNullElse(sums.get(c), BigDecimal.ZERO), parts, "万元"));
        }
    }
}
