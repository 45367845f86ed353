package gov.budget.ledger.validation;

import gov.budget.contracts.problem.FieldViolation;

import java.math.BigDecimal;
import java.util.List;

/** What every published amount must be: at most 2 decimals, and below 10^16 (beyond it is a typing error). */
public final class AmountRules {

    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(16);

    private AmountRules() {
    }

    /** True when the amount passes; otherwise adds the violation under {@code field}. */
    public static boolean check(String field, BigDecimal amount, List<FieldViolation> violations) {
        if (amount.scale() > 2) {
            violations.add(new FieldViolation(field, amount.toPlainString(), "an amount has at most 2 decimals"));
            return false;
        }
        if (amount.abs().compareTo(LIMIT) >= 0) {
            violations.add(new FieldViolation(field, amount.toPlainString(), "an amount is below 10^16 in absolute value"));
            return false;
        }
        return true;
    }
}
