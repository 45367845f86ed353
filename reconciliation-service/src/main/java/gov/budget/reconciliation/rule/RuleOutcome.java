package gov.budget.reconciliation.rule;

import java.util.List;

/**
 * What evaluating one rule on one budget gave.
 *
 * @param checks   how many comparisons were made
 * @param findings the comparisons that did not hold, or that hold but are still flagged
 */
public record RuleOutcome(String ruleId, int checks, List<FindingDraft> findings) {
}
