package gov.budget.reconciliation.rule.check;

import gov.budget.contracts.ledger.RowKind;
import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.CheckSpec;
import gov.budget.reconciliation.rule.Comparison;
import gov.budget.reconciliation.rule.LineValues;
import gov.budget.reconciliation.rule.RuleInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Within one table, in each of the given columns: the {@code target} row against the sum of the
 * {@code parts} rows (R01, R02, R07, R09). With {@code partsAtLevel} 1, every 类 row (3-digit
 * functional code) is a part too, as in table 1's expenditure side.
 */
public record ItemsSumCheck(int table, List<String> columns, String target, List<String> parts, Integer partsAtLevel)
        implements CheckSpec {

    @Override
    public List<Comparison> compare(BudgetFacts facts) {
        Optional<LineValues> targetRow = facts.row(table, target);
        if (targetRow.isEmpty()) {
            return List.of();
        }
        List<LineValues> partRows = new ArrayList<>();
        for (LineValues row : facts.table(table)) {
            boolean listed = parts.contains(row.code());
            boolean atLevel = partsAtLevel != null && partsAtLevel == 1 && row.kind() == RowKind.FUNCTIONAL && row.code().length() == 3;
            if (listed || atLevel) {
                partRows.add(row);
            }
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (String column : columns) {
            LineValues total = targetRow.get();
            if (!total.amounts().containsKey(column) && partRows.stream().noneMatch(r -> r.amounts().containsKey(column))) {
                continue;
            }
            BigDecimal expected = Sums.of(partRows.stream().map(r -> r.amountOrZero(column)).toList());
            comparisons.add(Comparison.of(table, target, column, total.name(), total.amountOrZero(column), expected,
                    partRows.size(), facts.unit(table)));
        }
        return comparisons;
    }

    @Override
    public Set<RuleInput> inputs() {
        return Set.of(RuleInput.ledgerTable(table));
    }
}
