package gov.budget.web.validation;

import gov.budget.contracts.problem.FieldViolation;

import java.math.BigDecimal;
import java.util.List;

/**
 * What every published amount must be: at most 2 decimals and below 10^16 (beyond it is a typing
 * error); and, for the services whose figures cannot be negative, not negative. A blank amount passes.
 */
public final class Amounts {

    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(16);

    /** Whether an amount may be negative. */
    public enum Sign {
        ANY, NOT_NEGATIVE
    }

    private Amounts() {
    }

    /** True when the amount passes; otherwise adds the violation under {@code field}. */
    public static boolean check(String field, BigDecimal amount, Sign sign, List<FieldViolation> violations) {
        if (amount == null) {
            return true;
        }
        String message = null;
        if (sign == Sign.NOT_NEGATIVE && amount.signum() < 0) {
            message = "an amount cannot be negative";
        } else if (amount.scale() > 2) {
            message = "an amount has at most 2 decimals";
        } else if (amount.abs().compareTo(LIMIT) >= 0) {
            message = "an amount is below 10^16 in absolute value";
        }
        if (message != null) {
            violations.add(new FieldViolation(field, amount.toPlainString(), message));
        }
        return message == null;
    }
}
