package gov.budget.performance.plan.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * A department-year's goals and sheets; {@code version} is also its ETag.
 *
 * @param changedSheets on an import, how many sheets were added, changed or removed; 0 on a read
 */
public record PerformancePlanView(String deptCode,
                                  int fiscalYear,
                                  String unit,
                                  @Schema(nullable = true) OverallGoalRequest overallGoal,
                                  List<ProjectSheetView> sheets,
                                  long version,
                                  @Schema(nullable = true) Instant updatedAt,
                                  int changedSheets) {
}
