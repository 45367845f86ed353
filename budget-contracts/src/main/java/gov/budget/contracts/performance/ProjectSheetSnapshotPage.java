package gov.budget.contracts.performance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * One page of the performance snapshot, shaped like the ledger's: every project sheet, removed
 * ones included, with the version it had when its page was read.
 *
 * @param nextCursor pass it as {@code cursor} for the next page; null on the last page
 */
public record ProjectSheetSnapshotPage(List<Sheet> sheets, @Schema(nullable = true) String nextCursor) {

    /** One sheet of one budget. */
    public record Sheet(String deptCode, int fiscalYear, long version, Instant updatedAt, ProjectSheetPayload sheet) {
    }
}
