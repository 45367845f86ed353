package gov.budget.reconciliation.rule.check;

import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.CheckSpec;
import gov.budget.reconciliation.rule.Comparison;
import gov.budget.reconciliation.rule.LineValues;
import gov.budget.reconciliation.rule.RuleInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Within each row of the given tables: the {@code total} column against the sum of the {@code parts}
 * columns (R04, R05, R08). A row whose cells are all blank is not compared.
 */
public record RowSumCheck(List<Integer> tables, String total, List<String> parts) implements CheckSpec {

    @Override
    public List<Comparison> compare(BudgetFacts facts) {
        List<Comparison> comparisons = new ArrayList<>();
        for (int tableNo : tables) {
            for (LineValues row : facts.table(tableNo)) {
                if (!row.amounts().containsKey(total) && parts.stream().noneMatch(row.amounts()::containsKey)) {
                    continue;
                }
                comparisons.add(Comparison.of(tableNo, row.code(), total, row.name(), row.amountOrZero(total),
                        Sums.of(parts.stream().map(row::amountOrZero).toList()), parts.size(), facts.unit(tableNo)));
            }
        }
        return comparisons;
    }

    @Override
    public Set<RuleInput> inputs() {
        return tables.stream().map(RuleInput::ledgerTable).collect(Collectors.toSet());
    }
}
