package gov.budget.performance.plan.service;

import gov.budget.contracts.performance.IndicatorValue;
import gov.budget.contracts.performance.ProjectSheetPayload;
import gov.budget.performance.indicator.IndicatorValueParser;
import gov.budget.performance.plan.DivisionGoal;
import gov.budget.performance.plan.PerformancePlan;
import gov.budget.performance.plan.ProjectSheet;
import gov.budget.performance.plan.SheetIndicator;
import gov.budget.performance.plan.rest.OverallGoalRequest;
import gov.budget.performance.plan.rest.ProjectSheetView;
import gov.budget.performance.plan.rest.SpendingPlan;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Stored sheets and goals as the API and the events show them. */
public final class SheetViews {

    private SheetViews() {
    }

    public static ProjectSheetView view(ProjectSheet sheet) {
        return new ProjectSheetView(sheet.projectCode, sheet.projectName, sheet.position, sheet.budget, sheet.fiscalFunds,
                sheet.otherFunds, sheet.fundUse, new SpendingPlan(plain(sheet.planMarch), plain(sheet.planJune),
                plain(sheet.planOctober), plain(sheet.planDecember)), lines(sheet.goals),
                sheet.indicators.stream().map(i -> new ProjectSheetView.Indicator(i.level1, i.level2, i.level3, i.description,
                        value(i), i.basis)).toList(), sheet.carriedOver, sheet.functionalCode, sheet.version, sheet.updatedAt);
    }

    public static ProjectSheetPayload payload(ProjectSheet sheet) {
        return new ProjectSheetPayload(sheet.projectCode, sheet.projectName, sheet.position, sheet.budget, sheet.fiscalFunds,
                sheet.otherFunds, plain(sheet.planMarch), plain(sheet.planJune), plain(sheet.planOctober), plain(sheet.planDecember),
                sheet.carriedOver, sheet.functionalCode, sheet.indicators.stream()
                .map(i -> new ProjectSheetPayload.Indicator(i.level1, i.level2, i.level3, value(i)))
                .toList(), sheet.deleted);
    }

    public static OverallGoalRequest overallGoal(PerformancePlan plan) {
        return new OverallGoalRequest(plan.overallGoal, plan.divisions.stream()
                .map(d -> new OverallGoalRequest.Division(d.division, d.goal, lines(d.indicators)))
                .toList());
    }

    static DivisionGoal division(OverallGoalRequest.Division division) {
        DivisionGoal goal = new DivisionGoal();
        goal.division = division.division().strip();
        goal.goal = division.goal();
        goal.indicators = division.indicators() == null ? null : String.join("\n", division.indicators());
        return goal;
    }

    /** The stored parse, in the sheet's unit where the value is money in 元. */
    static IndicatorValue value(SheetIndicator indicator) {
        BigDecimal number = indicator.valueNumber == null ? null : indicator.valueNumber.stripTrailingZeros();
        if (number != null && number.scale() < 0) {
            number = number.setScale(0);
        }
        return new IndicatorValue(indicator.valueText, indicator.valueOperator, number, indicator.valueUnit, indicator.qualitative,
                IndicatorValueParser.inSheetUnit(number, indicator.valueUnit, "万元"));
    }

    static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    private static BigDecimal plain(BigDecimal percent) {
        if (percent == null) {
            return null;
        }
        BigDecimal stripped = percent.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
