package gov.budget.ledger.budget.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A whole budget to import in one transaction. Each listed table replaces the stored one; tables
 * left out keep what they hold. A non-null narrative replaces the stored narrative.
 *
 * @param deptCode   must match the URL
 * @param fiscalYear must match the URL
 * @param templateId the region template; for an existing budget it must be the one it has
 */
public record BudgetImportRequest(@Schema(required = true) String deptCode,
                                  @Schema(required = true) Integer fiscalYear,
                                  String templateId,
                                  @Schema(required = true) List<BudgetTableRequest> tables,
                                  List<NarrativeFigureRequest> narrative) {
}
