package gov.budget.reconciliation.rule;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ToleranceTest {

    @Test
    void exactComparisonFlagsEveryCent() {
        Tolerance exact = Tolerance.exact();

        assertNull(exact.judge(new BigDecimal("580.21"), new BigDecimal("580.21"), Severity.ERROR));
        assertEquals(Severity.ERROR, exact.judge(new BigDecimal("580.21"), new BigDecimal("580.22"), Severity.ERROR));
    }

    @Test
    void aRoundedSumOfTwoPartsToleratesOneAndAHalfUnits() {
        // (0.01/2)·(1 + 2) = 0.015
        Tolerance rounded = Tolerance.roundedSum(new BigDecimal("0.01"), 2);

        assertEquals(Severity.INFO, rounded.judge(new BigDecimal("100.00"), new BigDecimal("100.01"), Severity.ERROR));
        assertEquals(Severity.ERROR, rounded.judge(new BigDecimal("100.00"), new BigDecimal("100.02"), Severity.ERROR));
        assertEquals(Severity.WARNING, rounded.judge(new BigDecimal("100.00"), new BigDecimal("99.98"), Severity.WARNING));
    }
}
