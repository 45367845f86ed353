package gov.budget.ledger.budget.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * One table in a budget's summary.
 *
 * @param present whether the table was published: written at least once, even if empty with a note
 */
public record TableSummary(int tableNo,
                           String title,
                           String unit,
                           boolean present,
                           int rowCount,
                           @Schema(nullable = true) String note,
                           long version,
                           @Schema(nullable = true) Instant updatedAt) {
}
