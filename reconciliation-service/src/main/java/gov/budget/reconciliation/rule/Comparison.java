package gov.budget.reconciliation.rule;

import java.math.BigDecimal;

/**
 * One comparison a check computed: the published figure ({@code actual}) against what its parts or
 * its counterpart say it should be ({@code expected}), at one location.
 *
 * @param parts      how many published figures make up {@code expected}, for the rounding tolerance
 * @param unit       the unit both sides are in, after any conversion
 * @param converted  true when a 元 figure was converted to 万元 to compare; then the coarser unit's rounding applies
 * @param what       for a presence check, what is missing or wrong, in words; else null
 * @param bound      a rounding bound of its own for a ROUNDED rule, instead of the one for sums; else null
 */
public record Comparison(Integer tableNo, String rowCode, String column, String name, BigDecimal actual, BigDecimal expected,
                         int parts, String unit, boolean converted, String what, BigDecimal bound) {

    public Comparison(Integer tableNo, String rowCode, String column, String name, BigDecimal actual, BigDecimal expected,
                      int parts, String unit, boolean converted, String what) {
        this(tableNo, rowCode, column, name, actual, expected, parts, unit, converted, what, null);
    }

    /** The same comparison with its own rounding bound, such as a product's u_A/2 + |q|·u_P/2 (§8). */
    public Comparison withBound(BigDecimal ownBound) {
        return new Comparison(tableNo, rowCode, column, name, actual, expected, parts, unit, converted, what, ownBound);
    }

    public static Comparison of(Integer tableNo, String rowCode, String column, String name, BigDecimal actual,
                                BigDecimal expected, int parts, String unit) {
        return new Comparison(tableNo, rowCode, column, name, actual, expected, parts, unit, false, null);
    }

    /** A presence or count check: {@code actual} and {@code expected} are counts, {@code what} says what they count. */
    public static Comparison count(Integer tableNo, String rowCode, String column, String name, int actual, int expected,
                                   String what) {
        return new Comparison(tableNo, rowCode, column, name, BigDecimal.valueOf(actual), BigDecimal.valueOf(expected), 0,
                null, false, what);
    }

    /** Where the finding sits: the same location gives the same finding on every evaluation. */
    public String location() {
        return (tableNo == null ? "-" : tableNo) + ":" + (rowCode == null ? "-" : rowCode) + ":" + (column == null ? "-" : column);
    }
}
