package gov.budget.reconciliation.rest;

import gov.budget.reconciliation.rule.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;

/** One department-year in the bureau's overview: its status and open findings per severity. */
public record BudgetStatusView(String deptCode,
                               @Schema(nullable = true) String deptName,
                               int fiscalYear,
                               ReconciliationView.BudgetStatus status,
                               Map<Severity, Long> openFindings,
                               @Schema(nullable = true) Instant lastEventAt,
                               @Schema(nullable = true) Instant evaluatedAt) {
}
