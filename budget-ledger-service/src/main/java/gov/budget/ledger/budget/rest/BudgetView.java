package gov.budget.ledger.budget.rest;

import java.time.Instant;

/** A budget's header; {@code version} is also its ETag. */
public record BudgetView(String deptCode, String deptName, int fiscalYear, String templateId, long version,
                         Instant createdAt, Instant updatedAt) {
}
