package gov.budget.reconciliation.source;

import gov.budget.contracts.snapshot.BudgetDigest;
import gov.budget.reconciliation.facts.BudgetModel;

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

    /** Adds what the projections hold of this service for the model's budget to the model. */
    void loadInto(BudgetModel model);

    /** Whether the projections hold anything that the service has filed for the department-year. */
    boolean filed(String deptCode, int fiscalYear);

    /** Compares the budget's projected parts with the service's snapshot of them, and repairs the difference. */
    Tally repairBudget(String deptCode, int fiscalYear, Instant runStartedAt);

    /** As {@link #repairBudget}, for the parts that belong to the whole department. */
    default Tally repairDepartment(String deptCode, Instant runStartedAt) {
        return Tally.NONE;
    }
}
