package gov.budget.reconciliation.rule.check;

import gov.budget.contracts.asset.HoldingsPayload;
import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.CheckSpec;
import gov.budget.reconciliation.rule.Comparison;
import gov.budget.reconciliation.rule.RuleInput;
import gov.budget.reconciliation.rule.Severity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Assets against procurement and the 三公 table (R27), by {@code part}: PLANNED (planned fixed-asset
 * purchases need procurement of fixed assets covering them: the lines whose catalog code starts with
 * one of {@code fixedAssetClasses}, a list the rule set keeps as data; every line when it lists
 * none), VEHICLE_PURCHASE (公务用车购置 in table 9 needs a vehicle
 * procurement line, catalog A0203…), VEHICLE_USE (vehicles held and 公务用车运行维护费 go together).
 */
public record AssetLinksCheck(Part part, CellRef tableCell, List<String> fixedAssetClasses, Severity severity, String comparison)
        implements CheckSpec {

    /** Which of R27's checks. */
    public enum Part {
        PLANNED, VEHICLE_PURCHASE, VEHICLE_USE
    }

    static final String VEHICLE_CATALOG = "A0203";

    @Override
    public List<Comparison> compare(BudgetFacts facts) {
        HoldingsPayload holdings = facts.services().holdings();
        List<ProcurementLinePayload> lines = facts.services().procurementLines();
        return switch (part) {
            case PLANNED -> holdings == null || holdings.plannedPurchases() == null || holdings.plannedPurchases().signum() == 0
                    ? List.of()
                    : List.of(Comparison.of(null, "assets:planned", "procurement", "本年度拟购置固定资产总额",
                    Sums.of(lines.stream().filter(this::buysFixedAssets).map(l -> l.amounts().total()).toList()),
                    holdings.plannedPurchases(), 1, "万元"));
            case VEHICLE_PURCHASE -> {
                BigDecimal purchase = tableCell.read(facts).amount().orElse(BigDecimal.ZERO);
                if (purchase.signum() == 0) {
                    yield List.of();
                }
                int vehicleLines = (int) lines.stream().filter(l -> l.catalogCode().startsWith(VEHICLE_CATALOG)).count();
                yield List.of(Comparison.count(9, "vehicle_purchase", "procurement", "公务用车购置费", vehicleLines > 0 ? 1 : 0, 1,
                        "表9 公务用车购置费 " + purchase.toPlainString() + " 万元，政府采购预算中却没有车辆采购"));
            }
            case VEHICLE_USE -> {
                if (holdings == null) {
                    yield List.of();
                }
                BigDecimal vehicles = holdings.rows().stream().filter(r -> "VEHICLES".equals(r.category()))
                        .map(HoldingsPayload.Row::quantity).filter(q -> q != null).findFirst().orElse(BigDecimal.ZERO);
                BigDecimal operation = tableCell.read(facts).amount().orElse(BigDecimal.ZERO);
                boolean together = (vehicles.signum() > 0) == (operation.signum() > 0);
                yield List.of(Comparison.count(9, "vehicle_operation", "assets", "公务用车运行维护费", together ? 1 : 0, 1,
                        "车辆 " + vehicles.stripTrailingZeros().toPlainString() + " 台，公务用车运行维护费 " + operation.toPlainString() + " 万元：二者应同时有或同时无"));
            }
        };
    }

    private boolean buysFixedAssets(ProcurementLinePayload line) {
        return fixedAssetClasses == null || fixedAssetClasses.isEmpty()
                || fixedAssetClasses.stream().anyMatch(prefix -> line.catalogCode().startsWith(prefix));
    }

    @Override
    public Set<RuleInput> inputs() {
        return tableCell == null ? Set.of(RuleInput.assets(), RuleInput.procurement())
                : Set.of(RuleInput.assets(), RuleInput.procurement(), tableCell.input());
    }
}
