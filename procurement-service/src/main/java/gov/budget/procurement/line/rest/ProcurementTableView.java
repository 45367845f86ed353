package gov.budget.procurement.line.rest;

import gov.budget.contracts.procurement.PublishedTotal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * A department-year's procurement table as stored; {@code version} is also its ETag.
 *
 * @param changedLines on a write, how many lines were added, changed or removed; 0 on a read
 */
public record ProcurementTableView(String deptCode,
                                   int fiscalYear,
                                   String unit,
                                   @Schema(nullable = true) String note,
                                   long version,
                                   @Schema(nullable = true) Instant updatedAt,
                                   List<ProcurementLineView> lines,
                                   List<PublishedTotal> publishedTotals,
                                   int changedLines) {
}
