package gov.budget.performance.plan.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A department-year's goals and sheets, imported in one transaction; the sheets replace the stored ones.
 *
 * @param deptCode   must match the URL
 * @param fiscalYear must match the URL
 */
public record PerformanceImportRequest(@Schema(required = true) String deptCode, @Schema(required = true) Integer fiscalYear,
                                       OverallGoalRequest overallGoal,
                                       List<ProjectSheetRequest> sheets) {
}
