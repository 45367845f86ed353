package gov.budget.reconciliation.rest;

import gov.budget.reconciliation.rule.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The reconciliation of one budget.
 *
 * @param deptName         the department's name in its latest budget header; null before the header arrives
 * @param status           CONSISTENT, WARNINGS or ERRORS, from the open findings; NO_RULES when no rule set covers
 *                         the budget's template and year; EVALUATION_FAILED when the last
 *                         evaluation failed, and the findings are those of the one before
 * @param ruleSet          the rule set the budget is checked with, such as {@code hebei-2024}
 * @param relationsChecked the relation ids of that rule set
 * @param checks           how many comparisons they made at their last evaluation
 * @param eventsApplied    changes applied for this budget so far: one an event, or each entry of a group event
 * @param lastEventAt      when the latest applied change happened at its source
 * @param summary          the number of open findings per severity
 * @param findings         the open findings
 * @param evaluationError  why the last evaluation failed; null when it succeeded
 * @param retryAt          when a failed evaluation is tried again; null when it succeeded
 */
public record ReconciliationView(String deptCode,
                                 @Schema(nullable = true) String deptName,
                                 int fiscalYear,
                                 BudgetStatus status,
                                 @Schema(nullable = true) String ruleSet,
                                 List<String> relationsChecked,
                                 int checks,
                                 long eventsApplied,
                                 @Schema(nullable = true) Instant lastEventAt,
                                 @Schema(nullable = true) Instant evaluatedAt,
                                 Map<Severity, Long> summary,
                                 List<FindingView> findings,
                                 @Schema(nullable = true) String evaluationError,
                                 @Schema(nullable = true) Instant retryAt) {

    /** What a budget's open findings amount to, unless its last evaluation failed. */
    public enum BudgetStatus {
        CONSISTENT, NO_RULES, WARNINGS, ERRORS, EVALUATION_FAILED
    }
}
