package gov.budget.reconciliation.rest;

import gov.budget.reconciliation.rule.Severity;

import java.math.BigDecimal;

/**
 * One relation that does not hold.
 *
 * @param difference actual − expected
 */
public record FindingView(String ruleId, Severity severity, Integer table, String rowCode, String column,
                          BigDecimal expected, BigDecimal actual, BigDecimal difference, String message) {
}
