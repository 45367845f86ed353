package gov.budget.ledger.line.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The complete content of one table; it replaces what the table held.
 *
 * @param deptCode   optional; when sent it must match the URL
 * @param fiscalYear optional; when sent it must match the URL
 * @param note       the note printed under the table (注：…空表列示), or null
 * @param rows       every row in published order; an empty list for an empty table
 */
public record LedgerTableRequest(String deptCode, Integer fiscalYear, @Schema(nullable = true, maxLength = 1000) String note,
                                 @Schema(required = true) List<LedgerRowRequest> rows) {
}
