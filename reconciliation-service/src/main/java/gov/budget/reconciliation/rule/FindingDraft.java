package gov.budget.reconciliation.rule;

import java.math.BigDecimal;

/**
 * One relation that does not hold, with the numbers that prove it.
 *
 * @param location   where it sits, {@code table:row:column}; one finding per rule and location
 * @param difference actual − expected
 * @param tolerance  the largest gap that would have been a rounding residual; 0 when compared exactly
 */
public record FindingDraft(String ruleId, Severity severity, String location, Integer tableNo, String rowCode, String column,
                           BigDecimal expected, BigDecimal actual, BigDecimal difference, BigDecimal tolerance, String message) {
}
