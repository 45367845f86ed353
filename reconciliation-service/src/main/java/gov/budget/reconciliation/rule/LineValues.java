package gov.budget.reconciliation.rule;

import gov.budget.contracts.ledger.RowKind;

import java.math.BigDecimal;
import java.util.Map;

/** One ledger row as the rules read it; a blank cell is absent from {@code amounts}. */
public record LineValues(int tableNo, RowKind kind, String code, String name, int position, Map<String, BigDecimal> amounts) {

    /** The cell's amount, a blank cell counting as zero in sums. */
    public BigDecimal amountOrZero(String column) {
        return amounts.getOrDefault(column, BigDecimal.ZERO);
    }

    public boolean isBlank() {
        return amounts.isEmpty();
    }
}
