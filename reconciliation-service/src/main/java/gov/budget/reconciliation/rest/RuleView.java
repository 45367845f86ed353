package gov.budget.reconciliation.rest;

import gov.budget.reconciliation.rule.RuleDefinition;
import gov.budget.reconciliation.rule.RuleInput;
import gov.budget.reconciliation.rule.Severity;

import java.util.List;

/**
 * One relation of a rule set, as {@code GET /rules} lists it.
 *
 * @param inputs what it reads, such as {@code ledger/table:3}; a change there re-evaluates it
 * @param checks the aggregations it compares, by kind
 */
public record RuleView(String id, String title, Severity severity, RuleDefinition.Scope scope,
                       RuleDefinition.ToleranceMode tolerance, String comparison, List<RuleDefinition.ConditionalFlag> alsoFlag,
                       String message, List<String> inputs, List<String> checks) {

    static RuleView of(RuleDefinition rule) {
        return new RuleView(rule.id(), rule.title(), rule.severity(), rule.scope(), rule.tolerance(), rule.comparison(),
                rule.alsoFlag(), rule.message(), rule.inputs().stream().map(RuleInput::toString).toList(),
                rule.checks().stream().map(c -> c.getClass().getSimpleName()).toList());
    }
}
