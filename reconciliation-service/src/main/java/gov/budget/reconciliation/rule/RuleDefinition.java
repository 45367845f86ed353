package gov.budget.reconciliation.rule;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One relation (勾稽关系) as data.
 *
 * @param id         its id in the domain guide's catalog, such as {@code R05}
 * @param title      what it says, in the words of a finance officer
 * @param severity   what a failure is: ERROR (强制性), WARNING (提示性) or INFO
 * @param scope      what one comparison covers: a row, a table, the budget, a project
 * @param tolerance  EXACT for amounts entered exactly, ROUNDED for rounded published figures (§8)
 * @param comparison an expression over {@code actual} and {@code expected} that holds when the relation does,
 *                   evaluated with BigDecimal arithmetic, such as {@code actual <= expected}
 * @param alsoFlag   conditions that hold but still deserve a finding, such as {@code actual < expected} as INFO
 * @param message    the explanation of a failure; {table}, {code}, {name}, {column}, {actual}, {expected},
 *                   {difference}, {tolerance} and {what} are filled in
 * @param checks     the Java aggregations whose results are compared
 * @param inputs     every input the checks read, so that a change re-evaluates only the rules that read
 *                   it; always worked out from {@code checks} (a value given is not used), and not part
 *                   of a rule set's JSON
 */
public record RuleDefinition(String id, String title, Severity severity, Scope scope, ToleranceMode tolerance,
                             String comparison, List<ConditionalFlag> alsoFlag, String message, List<CheckSpec> checks,
                             @JsonIgnore Set<RuleInput> inputs) {

    public RuleDefinition {
        alsoFlag = alsoFlag == null ? List.of() : List.copyOf(alsoFlag);
        checks = List.copyOf(checks);
        // worked out once, when the rule is read: every evaluation of a change looks its inputs up here;
        // kept in order, so that a rule's view lists them the same way each time
        TreeSet<RuleInput> read = new TreeSet<>();
        checks.forEach(check -> read.addAll(check.inputs()));
        inputs = Collections.unmodifiableSortedSet(read);
    }

    /** What a comparison covers. */
    public enum Scope {
        ROW, TABLE, BUDGET, PROJECT
    }

    /** How far a gap may go before it is more than a rounding residual. */
    public enum ToleranceMode {
        EXACT, ROUNDED
    }

    /** A comparison that holds but is still worth flagging, such as 表5 < 表3 as INFO. */
    public record ConditionalFlag(String when, Severity severity) {
    }
}
