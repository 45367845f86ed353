package gov.budget.ledger.budget.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * What a budget holds at a glance.
 *
 * @param tablesInTemplate how many tables its template has
 * @param tablesPresent    how many of them were published
 * @param rowCount         rows across all tables
 * @param lastChangeAt     when anything in the budget last changed
 */
public record BudgetSummary(String deptCode, String deptName, int fiscalYear, String templateId, long version,
                            int tablesInTemplate, int tablesPresent, int rowCount, int narrativeFigures,
                            @Schema(nullable = true) Instant lastChangeAt, List<TableSummary> tables) {
}
