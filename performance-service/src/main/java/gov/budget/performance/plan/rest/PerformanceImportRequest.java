package gov.budget.performance.plan.rest;

import java.util.List;

/**
 * A department-year's goals and sheets, imported in one transaction; the sheets replace the stored ones.
 *
 * @param deptCode   must match the URL
 * @param fiscalYear must match the URL
 */
public record PerformanceImportRequest(String deptCode, Integer fiscalYear, OverallGoalRequest overallGoal,
                                       List<ProjectSheetRequest> sheets) {
}
