package gov.budget.reconciliation.rule.check;

import gov.budget.contracts.performance.ProjectSheetPayload;
import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.CheckSpec;
import gov.budget.reconciliation.rule.Comparison;
import gov.budget.reconciliation.rule.RuleInput;
import gov.budget.reconciliation.rule.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Procurement against the projects that fund it (R24), by {@code part}: PROCURED (Σ procurement of
 * a project ≤ its sheet's 预算数, matched by code, else by name), STATED (a line's stated 预算资金 =
 * the sheet's 预算数) or BASIC (procurement under basic-expenditure lines ≤ a ledger figure, table 6's 公用经费).
 */
public record ProcurementProjectCheck(Part part, CellRef against, Severity severity, String comparison) implements CheckSpec {

    /** Which of R24's checks. */
    public enum Part {
        PROCURED, STATED, BASIC
    }

    @Override
    public List<Comparison> compare(BudgetFacts facts) {
        List<ProcurementLinePayload> lines = facts.services().procurementLines();
        List<Comparison> comparisons = new ArrayList<>();
        if (part == Part.BASIC) {
            List<ProcurementLinePayload> basic = lines.stream().filter(ProcurementLinePayload::basicExpenditure).toList();
            if (!basic.isEmpty()) {
                BigDecimal procured = Sums.of(basic.stream().map(l -> l.amounts().total()).toList());
                comparisons.add(Comparison.of(null, "procurement:basic", "total", "日常公用经费政府采购", procured,
                        against.read(facts).amount().orElse(BigDecimal.ZERO), basic.size(), "万元"));
            }
            return comparisons;
        }
        Map<String, List<ProcurementLinePayload>> byProject = new LinkedHashMap<>();
        for (ProcurementLinePayload line : lines) {
            if (!line.basicExpenditure()) {
                byProject.computeIfAbsent(line.projectCode() != null ? line.projectCode() : line.projectName(), k -> new ArrayList<>()).add(line);
            }
        }
        for (List<ProcurementLinePayload> group : byProject.values()) {
            ProcurementLinePayload first = group.get(0);
            Optional<ProjectSheetPayload> sheet = facts.services().sheets().stream()
                    .filter(s -> s.projectCode().equals(first.projectCode()) || s.projectName().equals(first.projectName()))
                    .findFirst();
            if (sheet.isEmpty()) {
                continue;
            }
            if (part == Part.PROCURED) {
                comparisons.add(Comparison.of(null, "project:" + sheet.get().projectCode(), "procured", first.projectName(),
                        Sums.of(group.stream().map(l -> l.amounts().total()).toList()), sheet.get().budget(), group.size(), "万元"));
            } else {
                group.stream().filter(l -> l.projectBudget() != null).forEach(l -> comparisons.add(Comparison.of(null,
                        "procurement:" + l.lineId(), "projectBudget", l.projectName(), l.projectBudget(), sheet.get().budget(), 1, "万元")));
            }
        }
        return comparisons;
    }

    @Override
    public Set<RuleInput> inputs() {
        return against == null ? Set.of(RuleInput.procurement(), RuleInput.sheets())
                : Set.of(RuleInput.procurement(), RuleInput.sheets(), against.input());
    }
}
