package gov.budget.ledger.snapshot;

import java.util.List;

/**
 * One page of a snapshot.
 *
 * @param nextCursor pass it as {@code cursor} for the next page; null on the last page
 */
public record SnapshotPage(List<SnapshotLine> lines, String nextCursor) {
}
