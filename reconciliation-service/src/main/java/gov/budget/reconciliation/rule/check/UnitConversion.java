package gov.budget.reconciliation.rule.check;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * Brings figures published in 元 and in 万元 to one unit for comparison: the coarser, 万元 (§8).
 * The division by 10000 is exact, so no published digit is lost.
 */
final class UnitConversion {

    static final String YUAN = "元";
    static final String WAN_YUAN = "万元";
    private static final BigDecimal YUAN_PER_WAN = BigDecimal.valueOf(10000);

    private UnitConversion() {
    }

    static boolean mixed(Collection<String> units) {
        return units.stream().distinct().count() > 1;
    }

    /** The amount in 万元. */
    static BigDecimal toWanYuan(BigDecimal amount, String unit) {
        return YUAN.equals(unit) ? amount.divide(YUAN_PER_WAN) : amount;
    }
}
