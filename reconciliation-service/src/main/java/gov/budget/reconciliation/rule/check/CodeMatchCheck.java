package gov.budget.reconciliation.rule.check;

import gov.budget.contracts.ledger.RowKind;
import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.CheckSpec;
import gov.budget.reconciliation.rule.Comparison;
import gov.budget.reconciliation.rule.LineValues;
import gov.budget.reconciliation.rule.RuleInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A column of one table against a column of another, code by code (R10, R11, R13, R14). The codes
 * compared are the left table's, or both tables' with {@code codesFrom} BOTH; {@code level} 1 keeps
 * only the 类. A code blank on both sides is not compared.
 */
public record CodeMatchCheck(Column left, Column right, Integer level, CodesFrom codesFrom) implements CheckSpec {

    /** One column of one table. */
    public record Column(int table, String column) {
    }

    /** Whose codes are compared. */
    public enum CodesFrom {
        LEFT, BOTH
    }

    @Override
    public List<Comparison> compare(BudgetFacts facts) {
        Set<String> codes = new LinkedHashSet<>(codesOf(facts, left.table()));
        if (codesFrom == CodesFrom.BOTH) {
            codes.addAll(codesOf(facts, right.table()));
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (String code : codes) {
            Optional<LineValues> leftRow = facts.row(left.table(), code);
            Optional<LineValues> rightRow = facts.row(right.table(), code);
            Optional<BigDecimal> actual = leftRow.map(r -> r.amounts().get(left.column()));
            Optional<BigDecimal> expected = rightRow.map(r -> r.amounts().get(right.column()));
            if (actual.isEmpty() && expected.isEmpty()) {
                continue;
            }
            String name = leftRow.or(() -> rightRow).map(LineValues::name).orElse(code);
            comparisons.add(Comparison.of(left.table(), code, left.column(), name, actual.orElse(BigDecimal.ZERO),
                    expected.orElse(BigDecimal.ZERO), 1, facts.unit(left.table())));
        }
        return comparisons;
    }

    @Override
    public Set<RuleInput> inputs() {
        return Set.of(RuleInput.ledgerTable(left.table()), RuleInput.ledgerTable(right.table()));
    }

    private List<String> codesOf(BudgetFacts facts, int table) {
        return facts.table(table).stream()
                .filter(r -> r.kind() == RowKind.FUNCTIONAL || r.kind() == RowKind.ECONOMIC)
                .map(LineValues::code)
                .filter(code -> level == null || code.length() == (level == 1 ? 3 : level == 2 ? 5 : 7))
                .toList();
    }
}
