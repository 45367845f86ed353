package gov.budget.ledger.budget.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A budget to create: one department-year under one region template.
 *
 * @param deptCode   an existing department's code
 * @param fiscalYear the fiscal year
 * @param templateId the region template, for example {@code hebei-2024}; the configured default when left out
 */
public record BudgetCreateRequest(@Schema(required = true) String deptCode,
                                  @Schema(required = true) Integer fiscalYear,
                                  String templateId) {
}
