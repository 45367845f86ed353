package gov.budget.reconciliation.source;

import gov.budget.contracts.event.EventEnvelope;
import gov.budget.reconciliation.facts.BudgetChanges;
import gov.budget.reconciliation.projection.BudgetKey;
import gov.budget.reconciliation.projection.Written;
import gov.budget.reconciliation.rule.RuleInput;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One kind of aggregate that an owning service publishes, as reconciliation projects it: how its
 * event reads as a row, the one set-based write that both the consumer and the full run's repair
 * go through, and what a written row changes in its budget's facts.
 *
 * @param <R> the row it projects
 */
public interface ProjectedAggregate<R> {

    /** The aggregate type its events name. */
    String type();

    /** The row an event carries, or a {@code MalformedEventException} before anything is written. */
    R rowOf(EventEnvelope event);

    /**
     * The aggregate types of events that carry several rows of this kind at once, besides its own
     * type's events of one row each: a register's import, for one.
     */
    default Set<String> groupTypes() {
        return Set.of();
    }

    /**
     * The classes that events of its types are read into straight from their JSON, by aggregate
     * type, for those that {@link #rowsOf} reads with {@code EventCodec.payloadAs}: no tree is built
     * for them. Empty when it reads its events' payloads as trees.
     */
    default Map<String, Class<?>> payloadClasses() {
        return Map.of();
    }

    /** The rows an event of its own type or of one of its {@link #groupTypes} carries, as {@link #rowOf} for each. */
    default List<R> rowsOf(EventEnvelope event) {
        return List.of(rowOf(event));
    }

    /** Writes the newest row of each aggregate, where it is newer than the stored one, in the caller's transaction. */
    Written<R> apply(Collection<R> rows);

    /** A row's key in {@link Written}. */
    String key(R row);

    /** A row's version, against which the stored one decides whether it is applied or stale. */
    long version(R row);

    BudgetKey budgetOf(R row);

    /** The rule inputs an applied row touched; null when it may touch every rule. */
    Set<RuleInput> touched(R row);

    /** Adds a written row to its budget's changes, which keep the budget's model in memory current. */
    void addTo(BudgetChanges changes, R row);

    /**
     * Whether a row counts in its department's register, read by every budget of the department,
     * rather than in one budget.
     */
    default boolean departmentWide() {
        return false;
    }
}
