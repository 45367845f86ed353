package gov.budget.reconciliation.rest;

import gov.budget.reconciliation.rule.Severity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The reconciliation of one budget.
 *
 * @param status           CONSISTENT, WARNINGS or ERRORS, from the open findings
 * @param ruleSet          the rule set the budget is checked with, such as {@code hebei-2024}
 * @param relationsChecked the relation ids of that rule set
 * @param checks           how many comparisons they made at their last evaluation
 * @param eventsApplied    change events applied for this budget so far
 * @param lastEventAt      when the latest applied change happened at its source
 * @param summary          the number of open findings per severity
 * @param findings         the open findings
 */
public record ReconciliationView(String deptCode, int fiscalYear, BudgetStatus status, String ruleSet,
                                 List<String> relationsChecked, int checks, long eventsApplied, Instant lastEventAt,
                                 Instant evaluatedAt, Map<Severity, Long> summary, List<FindingView> findings) {

    /** What a budget's open findings amount to. */
    public enum BudgetStatus {
        CONSISTENT, WARNINGS, ERRORS
    }
}
