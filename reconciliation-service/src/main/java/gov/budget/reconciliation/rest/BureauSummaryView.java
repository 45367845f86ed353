package gov.budget.reconciliation.rest;

import gov.budget.reconciliation.rest.ReconciliationView.BudgetStatus;
import gov.budget.reconciliation.rule.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The bureau's year at a glance, for its charts.
 *
 * @param budgetsByStatus    department-years in each status, every status present
 * @param openFindingsByRule open findings of each rule of each rule set, and in how many budgets, in rule order
 * @param openFindingsByDay  open findings at the end of each of the last 30 days, oldest first, in the bureau's time zone
 */
public record BureauSummaryView(int fiscalYear,
                                Map<BudgetStatus, Long> budgetsByStatus,
                                List<RuleCount> openFindingsByRule,
                                List<DayCount> openFindingsByDay) {

    /** One rule's open findings across the bureau; the rule set is the one the budgets were last evaluated with. */
    public record RuleCount(@Schema(nullable = true) String ruleSet, String ruleId, Severity severity, long openFindings, long budgets) {
    }

    /** The findings open at the end of one day. */
    public record DayCount(LocalDate date, long openFindings) {
    }
}
