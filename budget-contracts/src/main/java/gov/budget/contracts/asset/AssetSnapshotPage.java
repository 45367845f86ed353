package gov.budget.contracts.asset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * One page of the asset register snapshot, shaped like the ledger's: every entry, disposed ones
 * included, with the version it had when its page was read.
 *
 * @param nextCursor pass it as {@code cursor} for the next page; null on the last page
 */
public record AssetSnapshotPage(List<Entry> assets, @Schema(nullable = true) String nextCursor) {

    /** One register entry of one department. */
    public record Entry(String deptCode, long version, Instant updatedAt, AssetPayload asset) {
    }
}
