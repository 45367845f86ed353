package gov.budget.performance.plan.rest;

import java.time.Instant;
import java.util.List;

/**
 * A department-year's goals and sheets; {@code version} is also its ETag.
 *
 * @param changedSheets on an import, how many sheets were added, changed or removed; 0 on a read
 */
public record PerformancePlanView(String deptCode, int fiscalYear, String unit, OverallGoalRequest overallGoal,
                                  List<ProjectSheetView> sheets, long version, Instant updatedAt, int changedSheets) {
}
