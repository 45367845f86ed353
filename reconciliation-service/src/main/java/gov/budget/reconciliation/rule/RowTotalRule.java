package gov.budget.reconciliation.rule;

import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * R05 (tables 3, 5, 7, 8, every row): 合计 = 基本支出 + 项目支出, plus 经营支出, 上解上级支出 and
 * 对附属单位补助支出 in table 3. These tables have a 合计 column and only parts besides it, so the
 * parts are every other column of the row.
 */
@ApplicationScoped
public class RowTotalRule implements LedgerRule {

    static final String TOTAL = "total";
    private static final Set<Integer> TABLES = Set.of(3, 5, 7, 8);
    private final Tolerance tolerance = Tolerance.exact();

    @Override
    public String id() {
        return "R05";
    }

    @Override
    public RuleOutcome evaluate(LedgerSnapshot ledger) {
        int checks = 0;
        List<FindingDraft> findings = new ArrayList<>();
        for (int tableNo : TABLES.stream().sorted().toList()) {
            for (LineValues row : ledger.table(tableNo)) {
                if (row.isBlank()) {
                    continue;
                }
                checks++;
                BigDecimal expected = sumOfParts(row.amounts());
                BigDecimal actual = row.amountOrZero(TOTAL);
                Severity severity = tolerance.judge(expected, actual, Severity.ERROR);
                if (severity != null) {
                    findings.add(new FindingDraft(id(), severity, tableNo, row.code(), TOTAL, expected, actual,
                            actual.subtract(expected), String.format(
                                    "表%d %s %s：合计 %s 不等于 基本支出+项目支出 等各项之和 %s，差额 %s",
                                    tableNo, row.code(), row.name(), actual.toPlainString(), expected.toPlainString(),
                                    actual.subtract(expected).toPlainString())));
                }
            }
        }
        return new RuleOutcome(id(), checks, findings);
    }

    private static BigDecimal sumOfParts(Map<String, BigDecimal> amounts) {
        return amounts.entrySet().stream()
                .filter(e -> !e.getKey().equals(TOTAL))
                .map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
