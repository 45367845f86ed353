package gov.budget.reconciliation.source;

import gov.budget.contracts.snapshot.BudgetDigest;
import gov.budget.reconciliation.facts.ModelReads;
import gov.budget.reconciliation.facts.StoredRows;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One owning service as reconciliation knows it: the topic and aggregates it publishes, what it
 * contributes to a budget's facts, and how a full run compares and repairs its projections. The
 * consumer, the facts loader and the full run loop over the sources; a new service is a new source.
 */
public interface Source {

    /** The service's name, under which a full run reports its drift. */
    String service();

    /** Where a full run reports it among the services. */
    int reportOrder();

    /** The topic its change events arrive on. */
    String topic();

    /** The aggregates its events carry. */
    List<ProjectedAggregate<?>> aggregates();

    /** The parts of a department-year's digest that it owns. */
    Set<String> budgetParts();

    /** The parts of a department's digest that belong to the whole department, whatever the year. */
    default Set<String> departmentParts() {
        return Set.of();
    }

    /** The service's own digests of the departments' parts. */
    List<BudgetDigest> digests(List<String> deptCodes);

    /**
     * The kinds of record this service files per budget: every source's are read into a budget's
     * model in one query, and tell together whether anything was filed for a department-year.
     */
    default List<RecordProjector> budgetRecords() {
        return List.of();
    }

    /** Adds what the projections hold of this service for the budgets read to their models, besides their budget records. */
    default void loadInto(ModelReads reads) {
    }

    /** Adds how many rows besides their budget records the projections hold of this service for the budgets counted. */
    default void countInto(StoredRows rows) {
    }

    /** Whether the projections hold anything besides budget records that the service filed for the department-year. */
    default boolean filed(String deptCode, int fiscalYear) {
        return false;
    }

    /** Compares the budget's projected parts with the service's snapshot of them, and repairs the difference. */
    Tally repairBudget(String deptCode, int fiscalYear, Instant runStartedAt);

    /** As {@link #repairBudget}, for the parts that belong to the whole department. */
    default Tally repairDepartment(String deptCode, Instant runStartedAt) {
        return Tally.NONE;
    }
}
