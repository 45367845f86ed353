package gov.budget.reconciliation.rule;

import java.math.BigDecimal;

/**
 * How far a published total may be from the sum of its published parts (domain guide §8).
 * Ledger amounts are entered exactly, so their relations compare exactly; rounded published
 * figures get the XBRL Calculations 1.1 bound (u/2)·(1 + Σ|wᵢ|).
 */
public final class Tolerance {

    private final BigDecimal bound;

    private Tolerance(BigDecimal bound) {
        this.bound = bound;
    }

    /** A bound computed by the check itself, such as a product's. */
    public static Tolerance of(BigDecimal bound) {
        return new Tolerance(bound);
    }

    public static Tolerance exact() {
        return new Tolerance(BigDecimal.ZERO);
    }

    /**
     * For a total of {@code parts} parts, each rounded to {@code unit} (0.01 for two decimals),
     * all with weight 1.
     */
    public static Tolerance roundedSum(BigDecimal unit, int parts) {
        BigDecimal half = unit.divide(BigDecimal.valueOf(2));
        return new Tolerance(half.multiply(BigDecimal.valueOf(1L + parts)));
    }

    /** The largest gap that is still a rounding residual; 0 for exact comparison. */
    public BigDecimal bound() {
        return bound;
    }

    /** True when a non-zero gap is within the bound: a rounding residual (尾差), reported as INFO. */
    public boolean isRoundingResidual(BigDecimal gap) {
        return gap.signum() != 0 && gap.abs().compareTo(bound) <= 0;
    }

    /**
     * The severity of comparing {@code actual} with {@code expected}: null when they are equal,
     * INFO within tolerance, else the rule's own severity.
     */
    public Severity judge(BigDecimal expected, BigDecimal actual, Severity ruleSeverity) {
        BigDecimal gap = actual.subtract(expected);
        if (gap.signum() == 0) {
            return null;
        }
        return isRoundingResidual(gap) ? Severity.INFO : ruleSeverity;
    }
}
