package gov.budget.ledger.budget.rest;

import gov.budget.ledger.line.rest.LedgerRowRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One table within a budget import.
 *
 * @param tableNo the table's number in the budget's template
 * @param note    the note printed under it, or null
 * @param rows    every row in published order; empty for an empty table
 */
public record BudgetTableRequest(@Schema(required = true) Integer tableNo, @Schema(nullable = true, maxLength = 1000) String note,
                                 @Schema(required = true) List<LedgerRowRequest> rows) {
}
