package gov.budget.reconciliation.rule.check;

import java.math.BigDecimal;
import java.util.Collection;

/** Adding published amounts, a blank cell counting as zero. */
final class Sums {

    private Sums() {
    }

    static BigDecimal of(Collection<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
