package gov.budget.reconciliation.rule;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LedgerRulesTest {

    private final RowTotalRule r05 = new RowTotalRule();
    private final HierarchyRule r06 = new HierarchyRule();

    @Test
    void theSeedTableAsPublishedSatisfiesR05AndR06() {
        LedgerSnapshot seed = SeedLedger.table3();

        RuleOutcome rowTotals = r05.evaluate(seed);
        RuleOutcome hierarchy = r06.evaluate(seed);

        assertEquals(List.of(), rowTotals.findings());
        assertEquals(List.of(), hierarchy.findings());
        assertEquals(34, rowTotals.checks());
        // 合计 and 208, 20801, 20805, 20807, 20808, 210, 21011, 221, 22102, 223, 22301 each checked on their columns
        assertTrue(hierarchy.checks() >= 12, "checks: " + hierarchy.checks());
    }

    @Test
    void oneCentTooMuchOn2080106BreaksItsRowAndItsParent() {
        LedgerSnapshot broken = SeedLedger.table3With(Map.of("2080106", Map.of("total", "580.22")));

        List<FindingDraft> rowTotals = r05.evaluate(broken).findings();
        List<FindingDraft> hierarchy = r06.evaluate(broken).findings();

        assertEquals(1, rowTotals.size());
        FindingDraft row = rowTotals.get(0);
        assertEquals("R05", row.ruleId());
        assertEquals(Severity.ERROR, row.severity());
        assertEquals(3, row.tableNo());
        assertEquals("2080106", row.rowCode());
        assertEquals("total", row.column());
        assertEquals(new BigDecimal("580.21"), row.expected());
        assertEquals(new BigDecimal("580.22"), row.actual());
        assertEquals(new BigDecimal("0.01"), row.difference());

        assertEquals(1, hierarchy.size());
        FindingDraft parent = hierarchy.get(0);
        assertEquals("R06", parent.ruleId());
        assertEquals(Severity.ERROR, parent.severity());
        assertEquals("20801", parent.rowCode());
        assertEquals("total", parent.column());
        assertEquals(new BigDecimal("1641.91"), parent.expected());
        assertEquals(new BigDecimal("1641.90"), parent.actual());
        assertEquals(new BigDecimal("-0.01"), parent.difference());
    }

    @Test
    void aWrongCategoryTotalIsFoundAgainstTheGrandTotal() {
        LedgerSnapshot broken = SeedLedger.table3With(Map.of("221", Map.of("basic", "119.30")));

        List<FindingDraft> hierarchy = r06.evaluate(broken).findings();

        // 221's 基本支出 no longer equals its 款 22102, and 合计's 基本支出 no longer equals Σ 类
        assertEquals(List.of("221:basic", "total:basic"),
                hierarchy.stream().map(f -> f.rowCode() + ":" + f.column()).sorted().toList());
        assertTrue(r05.evaluate(broken).findings().stream().anyMatch(f -> f.rowCode().equals("221")));
    }
}
