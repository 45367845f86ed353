package gov.budget.reconciliation.rule.check;

import gov.budget.contracts.ledger.NarrativeFigure;
import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.CheckSpec;
import gov.budget.reconciliation.rule.Comparison;
import gov.budget.reconciliation.rule.RuleInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A figure the narrative states against the sum of its itemised breakdown, for {@code root} and
 * every figure under it that has items (R19: 机关运行经费 = 办公费 + 水费 + …; R20: the 三公 total).
 */
public record NarrativeItemsCheck(String root, String comparison) implements CheckSpec {

    /** The location's column: the figure's items, apart from the figure compared with a table. */
    static final String ITEMS = "items";

    @Override
    public List<Comparison> compare(BudgetFacts facts) {
        List<Comparison> comparisons = new ArrayList<>();
        for (NarrativeFigure figure : facts.narrative().values()) {
            if (!figure.code().equals(root) && !figure.code().startsWith(root + ".")) {
                continue;
            }
            List<NarrativeFigure> items = facts.narrative().values().stream()
                    .filter(f -> f.parentCode().filter(figure.code()::equals).isPresent())
                    .toList();
            if (items.isEmpty()) {
                continue;
            }
            boolean converted = UnitConversion.mixed(items.stream().map(NarrativeFigure::unit).toList())
                    || items.stream().anyMatch(i -> !i.unit().equals(figure.unit()));
            BigDecimal expected = Sums.of(items.stream()
                    .map(i -> converted ? UnitConversion.toWanYuan(i.amount(), i.unit()) : i.amount()).toList());
            BigDecimal actual = converted ? UnitConversion.toWanYuan(figure.amount(), figure.unit()) : figure.amount();
            comparisons.add(new Comparison(null, figure.code(), ITEMS, figure.label(), actual, expected, items.size(),
                    converted ? UnitConversion.WAN_YUAN : figure.unit(), converted, null));
        }
        return comparisons;
    }

    @Override
    public Set<RuleInput> inputs() {
        return Set.of(RuleInput.narrative());
    }
}
