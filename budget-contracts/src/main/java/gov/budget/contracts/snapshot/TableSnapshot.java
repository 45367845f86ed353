package gov.budget.contracts.snapshot;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One published table of a budget in a snapshot: its note, row count and version. */
public record TableSnapshot(int tableNo,
                            @Schema(nullable = true) String note,
                            int rowCount,
                            long version,
                            @Schema(nullable = true) Instant updatedAt) {
}
