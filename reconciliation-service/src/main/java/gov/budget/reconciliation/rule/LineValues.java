package gov.budget.reconciliation.rule;

import gov.budget.contracts.ledger.RowKind;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One ledger row as the rules read it; a blank cell is absent from {@code amounts}.
 *
 * <p>Rows are held in memory by the hundred thousand (the budgets' models), so their codes and
 * names, which repeat across every budget, are kept once each (interned), and the amounts packed
 * into arrays ({@link PackedAmounts}).
 */
public record LineValues(int tableNo, RowKind kind, String code, String name, int position, Map<String, BigDecimal> amounts) {

    public LineValues {
        code = code == null ? null : code.intern();
        name = name == null ? null : name.intern();
        amounts = PackedAmounts.of(amounts);
    }

    /** The cell's amount, a blank cell counting as zero in sums. */
    public BigDecimal amountOrZero(String column) {
        return amounts.getOrDefault(column, BigDecimal.ZERO);
    }

    public boolean isBlank() {
        return amounts.isEmpty();
    }
}
