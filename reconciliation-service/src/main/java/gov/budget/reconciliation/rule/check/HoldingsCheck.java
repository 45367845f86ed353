package gov.budget.reconciliation.rule.check;

import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.asset.HoldingsPayload;
import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.CheckSpec;
import gov.budget.reconciliation.rule.Comparison;
import gov.budget.reconciliation.rule.RuleInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The holdings table disclosed with the budget (R26), by {@code part}: TOTAL (资产总额 = Σ categories,
 * the "其中" rows left out), PARTS (a "其中" row ≤ its parent) or REGISTER (the register's assets held
 * on the as-of date add up to each published row, in value and quantity).
 */
public record HoldingsCheck(Part part, String comparison) implements CheckSpec {

    /** Which of R26's checks. */
    public enum Part {
        TOTAL, PARTS, REGISTER
    }

    static final String TOTAL_ROW = "TOTAL";
    static final String OFFICE_SPACE = "OFFICE_SPACE";

    @Override
    public List<Comparison> compare(BudgetFacts facts) {
        HoldingsPayload holdings = facts.services().holdings();
        if (holdings == null) {
            return List.of();
        }
        List<Comparison> comparisons = new ArrayList<>();
        String at = "holdings:" + holdings.asOf();
        switch (part) {
            case TOTAL -> row(holdings, TOTAL_ROW).ifPresent(total -> {
                List<HoldingsPayload.Row> parts = holdings.rows().stream()
                        .filter(r -> !TOTAL_ROW.equals(r.category()) && r.partOf() == null).toList();
                comparisons.add(Comparison.of(null, at, TOTAL_ROW, total.label(), total.value(),
                        Sums.of(parts.stream().map(HoldingsPayload.Row::value).toList()), parts.size(), "万元"));
            });
            case PARTS -> holdings.rows().stream().filter(r -> r.partOf() != null).forEach(part ->
                    row(holdings, part.partOf()).ifPresent(parent -> comparisons.add(Comparison.of(null, at, part.category(),
                            part.label(), part.value(), parent.value(), 1, "万元"))));
            case REGISTER -> {
                List<AssetPayload> held = facts.services().assets().stream().filter(a -> heldOn(a, holdings)).toList();
                if (facts.services().assets().isEmpty()) {
                    break;
                }
                for (HoldingsPayload.Row row : holdings.rows()) {
                    List<AssetPayload> counted = held.stream().filter(a -> counts(a, row.category())).toList();
                    comparisons.add(Comparison.of(null, at, "register:" + row.category(), row.label() + "（价值）", row.value(),
                            Sums.of(counted.stream().map(AssetPayload::originalValue).toList()), counted.size(), "万元"));
                    if (row.quantity() != null) {
                        comparisons.add(Comparison.of(null, at, "register:" + row.category() + ":quantity", row.label() + "（数量）",
                                row.quantity(), Sums.of(counted.stream().map(AssetPayload::quantity).toList()), 0, row.quantityUnit()));
                    }
                }
            }
        }
        return comparisons;
    }

    @Override
    public Set<RuleInput> inputs() {
        return Set.of(RuleInput.assets());
    }

    private static Optional<HoldingsPayload.Row> row(HoldingsPayload holdings, String category) {
        return holdings.rows().stream().filter(r -> category.equals(r.category())).findFirst();
    }

    private static boolean heldOn(AssetPayload asset, HoldingsPayload holdings) {
        return !asset.acquiredOn().isAfter(holdings.asOf())
                && (!"DISPOSED".equals(asset.status()) || asset.disposedOn() == null || asset.disposedOn().isAfter(holdings.asOf()));
    }

    private static boolean counts(AssetPayload asset, String category) {
        return TOTAL_ROW.equals(category) || category.equals(asset.holdingsCategory())
                || (OFFICE_SPACE.equals(category) && asset.officeSpace());
    }
}
