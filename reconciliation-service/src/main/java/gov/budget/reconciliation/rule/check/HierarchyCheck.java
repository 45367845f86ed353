package gov.budget.reconciliation.rule.check;

import gov.budget.contracts.code.EconomicCode;
import gov.budget.contracts.code.FunctionalCode;
import gov.budget.contracts.ledger.RowKind;
import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.CheckSpec;
import gov.budget.reconciliation.rule.Comparison;
import gov.budget.reconciliation.rule.LineValues;
import gov.budget.reconciliation.rule.RuleInput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The classification hierarchy in every column (R06): a 类 against the sum of its 款, a 款 against
 * the sum of its 项, and the 合计 row against the sum of the 类.
 */
public record HierarchyCheck(List<Integer> tables) implements CheckSpec {

    @Override
    public List<Comparison> compare(BudgetFacts facts) {
        List<Comparison> comparisons = new ArrayList<>();
        for (int tableNo : tables) {
            List<LineValues> rows = facts.table(tableNo);
            Map<String, List<LineValues>> children = childrenByParent(rows);
            Set<String> columns = new LinkedHashSet<>();
            rows.forEach(r -> columns.addAll(r.amounts().keySet()));
            for (LineValues parent : rows) {
                List<LineValues> kids = children.getOrDefault(parent.code(), List.of());
                if (kids.isEmpty()) {
                    continue;
                }
                for (String column : columns) {
                    if (!parent.amounts().containsKey(column) && kids.stream().noneMatch(k -> k.amounts().containsKey(column))) {
                        continue;
                    }
                    comparisons.add(Comparison.of(tableNo, parent.code(), column, parent.name(), parent.amountOrZero(column),
                            Sums.of(kids.stream().map(k -> k.amountOrZero(column)).toList()), kids.size(), facts.unit(tableNo)));
                }
            }
        }
        return comparisons;
    }

    @Override
    public Set<RuleInput> inputs() {
        return tables.stream().map(RuleInput::ledgerTable).collect(Collectors.toSet());
    }

    /** The 合计 row's children are the 类 rows; a code's children are the codes one level down. */
    private static Map<String, List<LineValues>> childrenByParent(List<LineValues> rows) {
        Map<String, List<LineValues>> children = new LinkedHashMap<>();
        String totalCode = rows.stream().filter(r -> r.kind() == RowKind.TOTAL).map(LineValues::code).findFirst().orElse(null);
        for (LineValues row : rows) {
            parentOf(row, totalCode).ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(row));
        }
        return children;
    }

    private static Optional<String> parentOf(LineValues row, String totalCode) {
        Optional<String> parent = switch (row.kind()) {
            case FUNCTIONAL -> FunctionalCode.isWellFormed(row.code()) ? FunctionalCode.parent(row.code()) : Optional.empty();
            case ECONOMIC -> EconomicCode.isWellFormed(row.code()) ? EconomicCode.parent(row.code()) : Optional.empty();
            default -> Optional.empty();
        };
        boolean isTopLevel = (row.kind() == RowKind.FUNCTIONAL || row.kind() == RowKind.ECONOMIC) && parent.isEmpty();
        return isTopLevel ? Optional.ofNullable(totalCode) : parent;
    }
}
