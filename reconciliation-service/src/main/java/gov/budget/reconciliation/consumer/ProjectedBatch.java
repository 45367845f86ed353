package gov.budget.reconciliation.consumer;

import gov.budget.reconciliation.facts.BudgetChanges;
import gov.budget.reconciliation.projection.BudgetKey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a batch changed: per budget the rows written to its projections, the departments whose
 * asset register changed (with when), and when each applied event occurred, for the latency metric.
 */
final class ProjectedBatch {

    final Map<BudgetKey, BudgetChanges> budgets = new LinkedHashMap<>();
    final Map<String, List<Instant>> registers = new LinkedHashMap<>();
    final List<Instant> appliedAt = new ArrayList<>();

    BudgetChanges of(BudgetKey key) {
        return budgets.computeIfAbsent(key, k -> new BudgetChanges());
    }

    /** The rows of the budgets' own facts the batch wrote. */
    long rows() {
        return budgets.values().stream().mapToLong(BudgetChanges::rows).sum();
    }

    void registerChanged(String deptCode, Instant occurredAt) {
        registers.computeIfAbsent(deptCode, d -> new ArrayList<>()).add(occurredAt);
    }
}
