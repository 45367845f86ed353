package gov.budget.ledger.line.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * One table of a budget.
 *
 * @param note         the note printed under the table, or null
 * @param version      the table's version, also sent as its ETag; 0 for a table never written
 * @param updatedAt    when the table last changed; null for a table never written
 * @param changedLines on a write, how many rows were added, changed or removed (one event each); 0 on a read
 */
public record LedgerTableView(String deptCode,
                              int fiscalYear,
                              String templateId,
                              int tableNo,
                              String title,
                              String unit,
                              @Schema(nullable = true) String note,
                              long version,
                              @Schema(nullable = true) Instant updatedAt,
                              List<LedgerLineView> rows,
                              int changedLines) {
}
