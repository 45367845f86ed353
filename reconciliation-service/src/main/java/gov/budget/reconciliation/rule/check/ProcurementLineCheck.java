package gov.budget.reconciliation.rule.check;

import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.CheckSpec;
import gov.budget.reconciliation.rule.Comparison;
import gov.budget.reconciliation.rule.RuleInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Each procurement line on its own (R23), by {@code part}: PRODUCT (数量 × 单价 = 合计, with the
 * product's rounding bound u_A/2 + |q|·u_P/2), SOURCES (the fund sources add up to 合计) or SME
 * (预留中小微企业份额 ≤ 合计). The location names the line.
 */
public record ProcurementLineCheck(Part part, String comparison) implements CheckSpec {

    /** Which of R23's line checks. */
    public enum Part {
        PRODUCT, SOURCES, SME
    }

    static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    @Override
    public List<Comparison> compare(BudgetFacts facts) {
        List<Comparison> comparisons = new ArrayList<>();
        for (ProcurementLinePayload line : facts.services().procurementLines()) {
            String at = "procurement:" + line.lineId();
            String name = line.projectName() + "·" + line.itemName();
            BigDecimal total = line.amounts().total() == null ? BigDecimal.ZERO : line.amounts().total();
            switch (part) {
                case PRODUCT -> {
                    if (line.unitPrice() == null) {
                        continue;
                    }
                    BigDecimal product = line.quantity().multiply(line.unitPrice());
                    BigDecimal bound = HALF_CENT.add(line.quantity().abs().multiply(HALF_CENT));
                    comparisons.add(Comparison.of(null, at, "product", name, total, product, 2, "万元").withBound(bound));
                }
                case SOURCES -> comparisons.add(Comparison.of(null, at, "sources", name, total,
                        Sums.of(line.amounts().sources().stream().filter(Objects::nonNull).toList()), 6, "万元"));
                case SME -> {
                    if (line.smeShare() != null) {
                        comparisons.add(Comparison.of(null, at, "sme", name, line.smeShare(), total, 1, "万元"));
                    }
                }
            }
        }
        return comparisons;
    }

    @Override
    public Set<RuleInput> inputs() {
        return Set.of(RuleInput.procurement());
    }
}
