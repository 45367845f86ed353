package gov.budget.ledger.budget.rest;

import java.time.Instant;

/**
 * One table in a budget's summary.
 *
 * @param present whether the table was published: written at least once, even if empty with a note
 */
public record TableSummary(int tableNo, String title, String unit, boolean present, int rowCount, String note,
                           long version, Instant updatedAt) {
}
