package gov.budget.contracts.snapshot;

import gov.budget.contracts.ledger.RowKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** One ledger line in a snapshot, removed ones included, with the version it had when its page was read. */
public record SnapshotLine(String deptCode, int fiscalYear, int tableNo, RowKind kind, String code, String name,
                          int position, Map<String, BigDecimal> amounts, String unit, long version, boolean deleted,
                          Instant updatedAt) {
}
