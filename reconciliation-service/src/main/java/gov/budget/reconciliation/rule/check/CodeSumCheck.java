package gov.budget.reconciliation.rule.check;

import gov.budget.contracts.ledger.RowKind;
import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.CheckSpec;
import gov.budget.reconciliation.rule.Comparison;
import gov.budget.reconciliation.rule.LineValues;
import gov.budget.reconciliation.rule.RuleInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sum of a column over several tables against one table's column, code by code (R14: tables 5,
 * 7 and 8 together against table 3). The codes compared are every functional code of the parts;
 * the comparison sits at the {@code whole} table's cell, since that is the figure the parts share.
 */
public record CodeSumCheck(List<CodeMatchCheck.Column> parts, CodeMatchCheck.Column whole) implements CheckSpec {

    @Override
    public List<Comparison> compare(BudgetFacts facts) {
        Set<String> codes = new LinkedHashSet<>();
        for (CodeMatchCheck.Column part : parts) {
            facts.table(part.table()).stream()
                    .filter(r -> r.kind() == RowKind.FUNCTIONAL)
                    .forEach(r -> codes.add(r.code()));
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (String code : codes) {
            List<BigDecimal> amounts = new ArrayList<>();
            String name = null;
            for (CodeMatchCheck.Column part : parts) {
                Optional<LineValues> row = facts.row(part.table(), code);
                if (row.isPresent() && row.get().amounts().get(part.column()) != null) {
                    amounts.add(row.get().amounts().get(part.column()));
                    name = name == null ? row.get().name() : name;
                }
            }
            Optional<LineValues> wholeRow = facts.row(whole.table(), code);
            BigDecimal expected = wholeRow.map(r -> r.amounts().get(whole.column())).orElse(null);
            if (amounts.isEmpty() && expected == null) {
                continue;
            }
            comparisons.add(Comparison.of(whole.table(), code, whole.column(), (name == null ? code : name) + "（" + partNames() + "之和）",
                    Sums.of(amounts), expected == null ? BigDecimal.ZERO : expected, amounts.size(), facts.unit(whole.table())));
        }
        return comparisons;
    }

    @Override
    public Set<RuleInput> inputs() {
        Set<RuleInput> inputs = new HashSet<>();
        parts.forEach(part -> inputs.add(RuleInput.ledgerTable(part.table())));
        inputs.add(RuleInput.ledgerTable(whole.table()));
        return inputs;
    }

    private String partNames() {
        return String.join("、", parts.stream().map(part -> "表" + part.table()).toList());
    }
}
