package gov.budget.contracts.snapshot;

import java.time.Instant;

/** One published table of a budget in a snapshot: its note, row count and version. */
public record TableSnapshot(int tableNo, String note, int rowCount, long version, Instant updatedAt) {
}
