package gov.budget.contracts.procurement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * One page of the procurement snapshot, shaped like the ledger's: every line, removed ones
 * included, with the version it had when its page was read.
 *
 * @param nextCursor pass it as {@code cursor} for the next page; null on the last page
 */
public record ProcurementSnapshotPage(List<Line> lines, @Schema(nullable = true) String nextCursor) {

    /** One line of one budget. */
    public record Line(String deptCode, int fiscalYear, long version, Instant updatedAt, ProcurementLinePayload line) {
    }
}
