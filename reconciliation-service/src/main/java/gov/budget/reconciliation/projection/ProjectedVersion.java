package gov.budget.reconciliation.projection;

import java.time.Instant;

/** What decides whether a projected row drifted from its owning service's snapshot: its version, and whether it is removed. */
public record ProjectedVersion(String aggregateId, long version, boolean deleted, Instant occurredAt) {
}
