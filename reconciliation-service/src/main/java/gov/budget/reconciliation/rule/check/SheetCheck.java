package gov.budget.reconciliation.rule.check;

import gov.budget.contracts.performance.ProjectSheetPayload;
import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.CheckSpec;
import gov.budget.reconciliation.rule.Comparison;
import gov.budget.reconciliation.rule.RuleInput;
import gov.budget.reconciliation.rule.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Each project sheet on its own (R22), by {@code part}: FUNDS (财政资金 + 其他资金 = 预算数), PLAN (the
 * spending plan never decreases and ends at 100%), COST (the upper bound of each 成本指标, in 万元, ≤ 预算数)
 * or LEVELS (产出, 效益 and 满意度 each have an indicator). The location names the project code.
 */
public record SheetCheck(Part part, Severity severity, String comparison) implements CheckSpec {

    /** Which of R22's checks. */
    public enum Part {
        FUNDS, PLAN, COST, LEVELS
    }

    static final List<String> LEVELS = List.of("产出指标", "效益指标", "满意度指标");
    static final BigDecimal FULL = BigDecimal.valueOf(100);

    @Override
    public List<Comparison> compare(BudgetFacts facts) {
        List<Comparison> comparisons = new ArrayList<>();
        for (ProjectSheetPayload sheet : facts.services().sheets()) {
            String at = "sheet:" + sheet.projectCode();
            switch (part) {
                case FUNDS -> comparisons.add(Comparison.of(null, at, "funds", sheet.projectName(), sheet.budget(),
                        Sums.of(Arrays.asList(zero(sheet.fiscalFunds()), zero(sheet.otherFunds()))), 2, "万元"));
                case PLAN -> comparisons.add(Comparison.count(null, at, "plan", sheet.projectName(), planHolds(sheet) ? 1 : 0, 1,
                        "《" + sheet.projectName() + "》的资金支出计划须逐期不减并在12月底达到100%"));
                case COST -> sheet.indicators().stream()
                        .filter(i -> "成本指标".equals(i.level2()) && i.value() != null && !i.value().qualitative()
                                && ("≤".equals(i.value().operator()) || "<".equals(i.value().operator()) || "=".equals(i.value().operator()))
                                && ("万元".equals(i.value().unit()) || "元".equals(i.value().unit())))
                        .forEach(i -> comparisons.add(Comparison.of(null, at, "cost:" + i.level3(), sheet.projectName() + "·" + i.level3(),
                                i.value().inSheetUnit(), sheet.budget(), 1, "万元")));
                case LEVELS -> LEVELS.forEach(level -> comparisons.add(Comparison.count(null, at, "level:" + level, sheet.projectName(),
                        (int) sheet.indicators().stream().filter(i -> level.equals(i.level1())).count() > 0 ? 1 : 0, 1,
                        "《" + sheet.projectName() + "》缺少" + level)));
            }
        }
        return comparisons;
    }

    @Override
    public Set<RuleInput> inputs() {
        return Set.of(RuleInput.sheets());
    }

    private static boolean planHolds(ProjectSheetPayload sheet) {
        List<BigDecimal> points = Arrays.asList(sheet.planMarch(), sheet.planJune(), sheet.planOctober(), sheet.planDecember());
        BigDecimal previous = BigDecimal.ZERO;
        for (BigDecimal point : points.stream().filter(Objects::nonNull).toList()) {
            if (point.compareTo(previous) < 0) {
                return false;
            }
            previous = point;
        }
        return sheet.planDecember() != null && sheet.planDecember().compareTo(FULL) == 0;
    }

    private static BigDecimal zero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
