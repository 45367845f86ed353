package gov.budget.reconciliation.rule.check;

import gov.budget.contracts.ledger.NarrativeFigure;
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
 * Each narrative figure that names a table row by its code against that row's cell: the figures
 * whose code is {@code prefix} and a row code ({@code item_2011301}) against {@code column} of that
 * row in {@code table}. Putuo's 财政拨款支出主要内容 states each 项 of table 5 in 万元 to 0.01, so the
 * figures and the table, in 元, are compared in 万元. A row the table does not print counts as 0.
 */
public record NarrativeCodesCheck(String prefix, int table, String column) implements CheckSpec {

    @Override
    public List<Comparison> compare(BudgetFacts facts) {
        List<Comparison> comparisons = new ArrayList<>();
        for (NarrativeFigure figure : facts.narrative().values()) {
            if (!figure.code().startsWith(prefix) || figure.code().length() == prefix.length()) {
                continue;
            }
            String rowCode = figure.code().substring(prefix.length());
            Optional<BigDecimal> cell = facts.row(table, rowCode).map(LineValues::amounts).map(a -> a.get(column));
            String tableUnit = facts.unit(table);
            boolean converted = !tableUnit.equals(figure.unit());
            BigDecimal expected = cell.map(a -> converted ? UnitConversion.toWanYuan(a, tableUnit) : a).orElse(BigDecimal.ZERO);
            BigDecimal actual = converted ? UnitConversion.toWanYuan(figure.amount(), figure.unit()) : figure.amount();
            comparisons.add(new Comparison(null, figure.code(), null, figure.label(), actual, expected, 1,
                    converted ? UnitConversion.WAN_YUAN : figure.unit(), converted, null));
        }
        return comparisons;
    }

    @Override
    public Set<RuleInput> inputs() {
        return Set.of(RuleInput.narrative(), RuleInput.ledgerTable(table));
    }
}
