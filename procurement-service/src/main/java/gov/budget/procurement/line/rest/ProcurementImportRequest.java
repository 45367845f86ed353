package gov.budget.procurement.line.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A department-year's whole procurement table, imported in one transaction: it replaces the lines,
 * the published totals and the note.
 *
 * @param deptCode   must match the URL
 * @param fiscalYear must match the URL
 */
public record ProcurementImportRequest(@Schema(required = true) String deptCode, @Schema(required = true) Integer fiscalYear,
                                       @Schema(maxLength = 1000) String note, List<ProcurementLineRequest> lines,
                                       List<PublishedTotalRequest> publishedTotals) {
}
