package gov.budget.contracts.snapshot;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One page of a snapshot of an owning service: the nightly reconciliation pages through it.
 *
 * @param nextCursor pass it as {@code cursor} for the next page; null on the last page
 */
public record SnapshotPage(List<SnapshotLine> lines, @Schema(nullable = true) String nextCursor) {
}
