package gov.budget.ledger.budget.rest;

/**
 * A budget to create: one department-year under one region template.
 *
 * @param deptCode   an existing department's code
 * @param fiscalYear the fiscal year
 * @param templateId the region template, for example {@code hebei-2024}; the configured default when left out
 */
public record BudgetCreateRequest(String deptCode, Integer fiscalYear, String templateId) {
}
