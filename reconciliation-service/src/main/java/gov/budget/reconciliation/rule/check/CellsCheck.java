package gov.budget.reconciliation.rule.check;

import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.CheckSpec;
import gov.budget.reconciliation.rule.Comparison;
import gov.budget.reconciliation.rule.RuleInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The sum of the {@code left} figures against the sum of the {@code right} figures, possibly in
 * different tables or in the narrative (R03, R11, R12, R15–R20). Figures in 元 and 万元 are compared
 * in 万元. Nothing is compared when every figure is blank, or, with {@code requireLeft}, when the
 * left side states nothing (a narrative that does not mention the figure).
 */
public record CellsCheck(List<CellRef> left, List<CellRef> right, Boolean requireLeft) implements CheckSpec {

    @Override
    public List<Comparison> compare(BudgetFacts facts) {
        List<CellRef.Value> leftValues = left.stream().map(r -> r.read(facts)).toList();
        List<CellRef.Value> rightValues = right.stream().map(r -> r.read(facts)).toList();
        boolean leftBlank = leftValues.stream().allMatch(v -> v.amount().isEmpty());
        boolean rightBlank = rightValues.stream().allMatch(v -> v.amount().isEmpty());
        if ((leftBlank && rightBlank) || (Boolean.TRUE.equals(requireLeft) && leftBlank)) {
            return List.of();
        }
        List<String> units = Stream.concat(leftValues.stream(), rightValues.stream()).map(CellRef.Value::unit).toList();
        boolean converted = UnitConversion.mixed(units);
        BigDecimal actual = sum(leftValues, converted);
        BigDecimal expected = sum(rightValues, converted);
        CellRef at = left.get(0);
        String unit = converted ? UnitConversion.WAN_YUAN : units.get(0);
        int parts = left.size() + right.size() - 1;
        List<Comparison> comparisons = new ArrayList<>();
        comparisons.add(new Comparison(at.table(), at.narrative() != null ? at.narrative() : at.row(), at.column(),
                leftValues.get(0).name(), actual, expected, parts, unit, converted, null));
        return comparisons;
    }

    @Override
    public Set<RuleInput> inputs() {
        return Stream.concat(left.stream(), right.stream()).map(CellRef::input).collect(Collectors.toSet());
    }

    private static BigDecimal sum(List<CellRef.Value> values, boolean inWanYuan) {
        return Sums.of(values.stream()
                .map(v -> v.amount().map(a -> inWanYuan ? UnitConversion.toWanYuan(a, v.unit()) : a).orElse(BigDecimal.ZERO))
                .toList());
    }
}
