package gov.budget.reconciliation.rest;

import gov.budget.reconciliation.rule.Severity;

import java.time.Instant;
import java.util.Map;

/** One department-year in the bureau's overview: its status and open findings per severity. */
public record BudgetStatusView(String deptCode, String deptName, int fiscalYear, ReconciliationView.BudgetStatus status,
                               Map<Severity, Long> openFindings, Instant lastEventAt, Instant evaluatedAt) {
}
