package gov.budget.contracts.procurement;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A procurement amount split by fund source, in 万元; a blank source is null, never zero.
 *
 * @param total the line's 合计 as published
 */
public record FundAmounts(BigDecimal total, BigDecimal generalPublic, BigDecimal governmentFund, BigDecimal stateCapital,
                          BigDecimal specialAccount, BigDecimal unitFunds, BigDecimal carryOver) {

    /** The fund sources in published order, without the total. */
    public List<BigDecimal> sources() {
        return Arrays.asList(generalPublic, governmentFund, stateCapital, specialAccount, unitFunds, carryOver);
    }

    /** Every amount, the total first, in published order. */
    public List<BigDecimal> all() {
        return Arrays.asList(total, generalPublic, governmentFund, stateCapital, specialAccount, unitFunds, carryOver);
    }

    /** The sum of two splits, source by source; a source blank in both stays blank. */
    public FundAmounts plus(FundAmounts other) {
        return new FundAmounts(add(total, other.total), add(generalPublic, other.generalPublic),
                add(governmentFund, other.governmentFund), add(stateCapital, other.stateCapital),
                add(specialAccount, other.specialAccount), add(unitFunds, other.unitFunds), add(carryOver, other.carryOver));
    }

    public static FundAmounts blank() {
        return new FundAmounts(null, null, null, null, null, null, null);
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        if (a == null && b == null) {
            return null;
        }
        return Objects.requireNonNullElse(a, BigDecimal.ZERO).add(Objects.requireNonNullElse(b, BigDecimal.ZERO));
    }
}
