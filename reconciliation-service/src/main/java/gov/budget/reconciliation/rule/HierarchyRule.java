package gov.budget.reconciliation.rule;

import gov.budget.contracts.code.EconomicCode;
import gov.budget.contracts.code.FunctionalCode;
import gov.budget.contracts.ledger.RowKind;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * R06 (tables 2, 3, 5, 7, 8 by functional code; table 6 by economic code), every column:
 * 类 = Σ its 款, 款 = Σ its 项, and the 合计 row = Σ 类. A parent with no child rows printed is not checked.
 */
@ApplicationScoped
public class HierarchyRule implements LedgerRule {

    private static final List<Integer> TABLES = List.of(2, 3, 5, 6, 7, 8);
    private final Tolerance tolerance = Tolerance.exact();

    @Override
    public String id() {
        return "R06";
    }

    @Override
    public RuleOutcome evaluate(LedgerSnapshot ledger) {
        int checks = 0;
        List<FindingDraft> findings = new ArrayList<>();
        for (int tableNo : TABLES) {
            List<LineValues> rows = ledger.table(tableNo);
            Map<String, List<LineValues>> children = childrenByParent(rows);
            Set<String> columns = columnsOf(rows);
            for (LineValues parent : rows) {
                List<LineValues> kids = children.getOrDefault(parent.code(), List.of());
                if (kids.isEmpty()) {
                    continue;
                }
                for (String column : columns) {
                    if (!parent.amounts().containsKey(column) && kids.stream().noneMatch(k -> k.amounts().containsKey(column))) {
                        continue;
                    }
                    checks++;
                    BigDecimal expected = kids.stream().map(k -> k.amountOrZero(column)).reduce(BigDecimal.ZERO, BigDecimal::add);
                    BigDecimal actual = parent.amountOrZero(column);
                    Severity severity = tolerance.judge(expected, actual, Severity.ERROR);
                    if (severity != null) {
                        findings.add(new FindingDraft(id(), severity, tableNo, parent.code(), column, expected, actual,
                                actual.subtract(expected), String.format(
                                        "表%d %s %s 的 %s 列为 %s，不等于其下级科目之和 %s，差额 %s",
                                        tableNo, parent.code(), parent.name(), column, actual.toPlainString(),
                                        expected.toPlainString(), actual.subtract(expected).toPlainString())));
                    }
                }
            }
        }
        return new RuleOutcome(id(), checks, findings);
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

    private static Set<String> columnsOf(List<LineValues> rows) {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(r -> columns.addAll(r.amounts().keySet()));
        return columns;
    }
}
