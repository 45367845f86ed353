package gov.budget.contracts.asset;

import java.time.Instant;

/** A published holdings table in the snapshot, with the fiscal year it is disclosed with and its version. */
public record HoldingsSnapshot(String deptCode, int fiscalYear, long version, Instant updatedAt, HoldingsPayload holdings) {
}
