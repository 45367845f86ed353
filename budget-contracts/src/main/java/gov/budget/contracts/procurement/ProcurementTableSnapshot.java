package gov.budget.contracts.procurement;

import java.time.Instant;

/** A procurement table's printed totals and note in the snapshot, with the version it has. */
public record ProcurementTableSnapshot(String deptCode, int fiscalYear, long version, Instant updatedAt, ProcurementTablePayload table) {
}
