package gov.budget.contracts.snapshot;

import java.time.Instant;

/** A budget that changed since a given time, with its current version. */
public record ChangedBudget(String deptCode, int fiscalYear, String templateId, long version, Instant updatedAt) {
}
