package gov.budget.contracts.performance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * The full state of one project sheet (项目绩效目标表), as carried by a {@code ProjectSheetChanged}
 * event and by the performance snapshot. Amounts are in 万元; spending-plan percentages may be blank.
 *
 * @param deleted true when the sheet was removed; then only the key fields are meaningful
 */
public record ProjectSheetPayload(String projectCode,
                                  @Schema(nullable = true) String projectName,
                                  int position,
                                  @Schema(nullable = true) BigDecimal budget,
                                  @Schema(nullable = true) BigDecimal fiscalFunds,
                                  @Schema(nullable = true) BigDecimal otherFunds,
                                  @Schema(nullable = true) BigDecimal planMarch,
                                  @Schema(nullable = true) BigDecimal planJune,
                                  @Schema(nullable = true) BigDecimal planOctober,
                                  @Schema(nullable = true) BigDecimal planDecember,
                                  boolean carriedOver,
                                  @Schema(nullable = true) String functionalCode,
                                  @Schema(nullable = true) List<Indicator> indicators,
                                  boolean deleted) {

    public static final String AGGREGATE_TYPE = "ProjectSheet";
    public static final String EVENT_TYPE = "ProjectSheetChanged";

    /** One indicator: its levels and its parsed 指标值. */
    public record Indicator(String level1, String level2, String level3, IndicatorValue value) {
    }

    /** The stable aggregate id of a sheet: {@code deptCode:fiscalYear:projectCode}. */
    public static String aggregateId(String deptCode, int fiscalYear, String projectCode) {
        return deptCode + ":" + fiscalYear + ":" + projectCode;
    }
}
