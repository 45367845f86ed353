package gov.budget.performance.plan.service;

import gov.budget.contracts.performance.IndicatorValue;
import gov.budget.contracts.problem.FieldViolation;
import gov.budget.performance.indicator.IndicatorValueParser;
import gov.budget.performance.plan.rest.IndicatorRequest;
import gov.budget.performance.plan.rest.ProjectSheetRequest;
import gov.budget.performance.plan.rest.SpendingPlan;
import gov.budget.web.validation.Amounts;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a project sheet: code and name, amounts, the spending plan (0–100 %, never decreasing) and
 * every 指标值, which must parse. Returns the parsed values, in indicator order.
 */
@ApplicationScoped
public class SheetValidator {

    private static final Pattern PROJECT_CODE = Pattern.compile("[0-9A-Za-z]{1,40}");
    private static final Pattern FUNCTIONAL_CODE = Pattern.compile("[0-9]{3}([0-9]{2}){0,2}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final List<String> PLAN_FIELDS = List.of("march", "june", "october", "december");

    public List<IndicatorValue> check(ProjectSheetRequest sheet, String at, List<FieldViolation> violations) {
        List<IndicatorValue> values = new ArrayList<>();
        if (sheet == null) {
            violations.add(new FieldViolation(at.isEmpty() ? "body" : at, null, "a sheet is required"));
            return values;
        }
        if (sheet.projectCode() == null || !PROJECT_CODE.matcher(sheet.projectCode()).matches()) {
            violations.add(new FieldViolation(at + "projectCode", sheet.projectCode(), "a project code of 1 to 40 letters or digits is required"));
        }
        if (sheet.projectName() == null || sheet.projectName().isBlank() || sheet.projectName().length() > 300) {
            violations.add(new FieldViolation(at + "projectName", sheet.projectName(), "a project name of 1 to 300 characters is required"));
        }
        if (sheet.budget() == null) {
            violations.add(new FieldViolation(at + "budget", null, "预算数 is required"));
        }
        money(at + "budget", sheet.budget(), violations);
        money(at + "fiscalFunds", sheet.fiscalFunds(), violations);
        money(at + "otherFunds", sheet.otherFunds(), violations);
        if (sheet.functionalCode() != null && !FUNCTIONAL_CODE.matcher(sheet.functionalCode()).matches()) {
            violations.add(new FieldViolation(at + "functionalCode", sheet.functionalCode(), "a functional code has 3, 5 or 7 digits"));
        }
        checkPlan(sheet.spendingPlan(), at + "spendingPlan.", violations);
        List<IndicatorRequest> indicators = sheet.indicators() == null ? List.of() : sheet.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRequest indicator = indicators.get(i);
            String field = at + "indicators[" + i + "].";
            if (indicator == null) {
                violations.add(new FieldViolation(field, null, "an indicator cannot be null"));
                continue;
            }
            for (String[] level : new String[][]{{"level1", indicator.level1()}, {"level2", indicator.level2()}, {"level3", indicator.level3()}}) {
                if (level[1] == null || level[1].isBlank()) {
                    violations.add(new FieldViolation(field + level[0], level[1], level[0] + " is required"));
                }
            }
            if (indicator.value() == null || indicator.value().isBlank()) {
                violations.add(new FieldViolation(field + "value", indicator.value(), "指标值 is required"));
                values.add(null);
                continue;
            }
            IndicatorValue parsed = IndicatorValueParser.parse(indicator.value(), "万元").orElse(null);
            if (parsed == null) {
                violations.add(new FieldViolation(field + "value", indicator.value(),
                        "the number in this 指标值 cannot be read; write it as ≥90%, ≤2万元 or 610套, or as a text such as 比上年提升"));
            }
            values.add(parsed);
        }
        return values;
    }

    private static void checkPlan(SpendingPlan plan, String at, List<FieldViolation> violations) {
        if (plan == null) {
            return;
        }
        List<BigDecimal> points = Arrays.asList(plan.march(), plan.june(), plan.october(), plan.december());
        BigDecimal previous = null;
        for (int i = 0; i < points.size(); i++) {
            BigDecimal point = points.get(i);
            if (point == null) {
                continue;
            }
            if (point.signum() < 0 || point.compareTo(HUNDRED) > 0 || point.scale() > 2) {
                violations.add(new FieldViolation(at + PLAN_FIELDS.get(i), point.toPlainString(), "a percentage between 0 and 100, at most 2 decimals"));
            } else if (previous != null && point.compareTo(previous) < 0) {
                violations.add(new FieldViolation(at + PLAN_FIELDS.get(i), point.toPlainString(),
                        "the plan is cumulative and cannot decrease: the point before it is " + previous.toPlainString() + "%"));
            }
            previous = point;
        }
    }

    private static void money(String field, BigDecimal amount, List<FieldViolation> violations) {
        Amounts.check(field, amount, Amounts.Sign.NOT_NEGATIVE, violations);
    }
}
