package gov.budget.reconciliation.rule;

import java.math.BigDecimal;

/**
 * One relation that does not hold, with the numbers that prove it.
 *
 * @param difference actual − expected
 */
public record FindingDraft(String ruleId, Severity severity, Integer tableNo, String rowCode, String column,
                           BigDecimal expected, BigDecimal actual, BigDecimal difference, String message) {
}
