package gov.budget.reconciliation.rest;

import gov.budget.reconciliation.rule.Severity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The reconciliation of one budget.
 *
 * @param relationsChecked the relation ids evaluated
 * @param checks           how many comparisons they made
 * @param eventsApplied    change events applied for this budget so far
 * @param summary          the number of findings per severity
 */
public record ReconciliationView(String deptCode, int fiscalYear, List<String> relationsChecked, int checks,
                                 long eventsApplied, Instant lastEventAt, Instant evaluatedAt,
                                 Map<Severity, Long> summary, List<FindingView> findings) {
}
