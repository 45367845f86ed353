package gov.budget.reconciliation.rule;

import gov.budget.contracts.ledger.RowKind;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * One ledger row as the rules read it; a blank cell is absent from {@code amounts}.
 *
 * <p>Rows are held in memory by the hundred thousand (the budgets' models), so their codes, names
 * and column names, which repeat across every budget, are kept once each (interned), and the
 * amounts in an unmodifiable map of their own: that halves what a row weighs.
 */
public record LineValues(int tableNo, RowKind kind, String code, String name, int position, Map<String, BigDecimal> amounts) {

    public LineValues {
        code = code == null ? null : code.intern();
        name = name == null ? null : name.intern();
        amounts = compact(amounts);
    }

    /** The cell's amount, a blank cell counting as zero in sums. */
    public BigDecimal amountOrZero(String column) {
        return amounts.getOrDefault(column, BigDecimal.ZERO);
    }

    public boolean isBlank() {
        return amounts.isEmpty();
    }

    private static Map<String, BigDecimal> compact(Map<String, BigDecimal> amounts) {
        if (amounts == null || amounts.isEmpty()) {
            return Map.of();
        }
        Map<String, BigDecimal> interned = new HashMap<>(amounts.size() * 4 / 3 + 1);
        amounts.forEach((column, amount) -> {
            if (column != null && amount != null) {
                interned.put(column.intern(), amount);
            }
        });
        return Collections.unmodifiableMap(interned);
    }
}
