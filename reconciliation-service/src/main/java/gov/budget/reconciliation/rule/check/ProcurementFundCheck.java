package gov.budget.reconciliation.rule.check;

import gov.budget.contracts.procurement.FundAmounts;
import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.CheckSpec;
import gov.budget.reconciliation.rule.Comparison;
import gov.budget.reconciliation.rule.RuleInput;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What the procurement lines take from one fund source against what that fund provides in the
 * ledger (R25): for example Σ 一般公共预算拨款 of the lines ≤ table 1's 一般公共预算拨款收入.
 */
public record ProcurementFundCheck(String source, CellRef provides, String comparison) implements CheckSpec {

    @Override
    public List<Comparison> compare(BudgetFacts facts) {
        List<ProcurementLinePayload> lines = facts.services().procurementLines();
        if (lines.isEmpty()) {
            return List.of();
        }
        Function<FundAmounts, BigDecimal> column = switch (source) {
            case "generalPublic" -> FundAmounts::generalPublic;
            case "governmentFund" -> FundAmounts::governmentFund;
            case "stateCapital" -> FundAmounts::stateCapital;
            case "specialAccount" -> FundAmounts::specialAccount;
            case "unitFunds" -> FundAmounts::unitFunds;
            case "carryOver" -> FundAmounts::carryOver;
            default -> throw new IllegalStateException("no fund source " + source);
        };
        BigDecimal procured = Sums.of(lines.stream().map(l -> column.apply(l.amounts())).filter(Objects::nonNull).toList());
        if (procured.signum() == 0) {
            return List.of();
        }
        BigDecimal available = provides.read(facts).amount().orElse(BigDecimal.ZERO);
        return List.of(Comparison.of(null, "procurement:" + source, source, "政府采购 " + source, procured, available, 1, "万元"));
    }

    @Override
    public Set<RuleInput> inputs() {
        return Set.of(RuleInput.procurement(), provides.input());
    }
}
