package gov.budget.reconciliation.rule;

import gov.budget.contracts.ledger.RowKind;
import gov.budget.contracts.template.TemplateCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every ledger relation of the Hebei rule set on the seed budget: clean, it raises nothing; changed
 * in one place, the relation it breaks names the location and the numbers that prove it.
 */
class LedgerRelationsTest {

    private static final RuleSet HEBEI = RuleCatalog.load().forBudget("hebei-2024", 2024).orElseThrow();

    @Test
    void theSeedBudgetSatisfiesEveryLedgerRelation() {
        List<FindingDraft> findings = evaluateAll(SeedFacts.seed());
        assertEquals(List.of(), findings, "the published seed is consistent");
        assertEquals(List.of("R01", "R02", "R03", "R04", "R05", "R06", "R07", "R08", "R09", "R10", "R11", "R12", "R13",
                "R14", "R15", "R16", "R17", "R18", "R19", "R20", "R21", "R22", "R23", "R24", "R25", "R26", "R27", "R28", "R29"), HEBEI.rules().stream().map(RuleDefinition::id).toList());
    }

    @ParameterizedTest(name = "{0}: table {1} {2} {3} = {4}")
    @CsvSource({
            // rule, table, row, column, new value | finding: location, severity, expected, actual, difference
            "R01, 1, income_current_total, amount, 3249.85,   1:income_current_total:amount, ERROR, 3249.84, 3249.85, 0.01",
            "R02, 1, 208, amount, 2320.29,                     1:expenditure_current_total:amount, ERROR, 4078.24, 4078.23, -0.01",
            "R03, 1, expenditure_grand_total, amount, 4078.24, 1:income_grand_total:amount, ERROR, 4078.24, 4078.23, -0.01",
            "R04, 2, 2080106, current_subtotal, 580.20,        2:2080106:total, ERROR, 580.20, 580.21, 0.01",
            "R05, 3, 2080106, total, 580.22,                   3:2080106:total, ERROR, 580.21, 580.22, 0.01",
            "R06, 3, 2080106, basic, 528.22,                   3:20801:basic, ERROR, 1395.91, 1395.90, -0.01",
            "R07, 4, carry_over_general_public, income, 70.40, 4:carry_over:income, ERROR, 828.40, 828.39, -0.01",
            "R07, 4, income_state_capital, income, 758.01,     4:income_current_total:income, ERROR, 3249.85, 3249.84, -0.01",
            "R08, 6, 30101, personnel, 386.37,                 6:30101:total, ERROR, 386.37, 386.36, -0.01",
            "R09, 9, reception, total, 1.10,                   9:total:total, ERROR, 7.86, 7.85, -0.01",
            "R10, 1, 210, amount, 122.63,                      1:210:amount, ERROR, 122.62, 122.63, 0.01",
            "R11, 2, 2080106, total, 580.22,                   2:2080106:total, ERROR, 580.21, 580.22, 0.01",
            "R12, 4, income_general_public, income, 2491.85,   1:income_general_public:amount, ERROR, 2491.85, 2491.84, -0.01",
            "R13, 5, 210, total, 122.63,                       4:210:general_public, ERROR, 122.63, 122.62, -0.01",
            "R14, 5, 2080106, total, 580.22,                   5:2080106:total, ERROR, 580.21, 580.22, 0.01",
            "R14, 8, 2230105, total, 1516.01,                  8:2230105:total, ERROR, 1516.00, 1516.01, 0.01",
            "R15, 6, total, total, 1945.85,                    5:total:basic, ERROR, 1945.85, 1945.84, -0.01",
            "R16, 6, 30108, total, 139.12,                     5:2080505:basic, WARNING, 139.12, 139.11, -0.01",
            "R17, 6, 30217, total, 1.10,                       9:reception:total, ERROR, 1.10, 1.09, -0.01",
            "R18, 4, 208, government_fund, 1.00,               4:-:government_fund, ERROR, 0, 1, 1",
    })
    void breakingOneCellRaisesTheRelationItBreaks(String rule, int table, String row, String column, String value,
                                                   String location, Severity severity, String expected, String actual,
                                                   String difference) {
        BudgetFacts broken = SeedFacts.change().cell(table, row, column, value).facts();
        FindingDraft finding = only(rule, location, evaluateAll(broken));
        assertEquals(severity, finding.severity(), finding.message());
        assertEquals(0, new BigDecimal(expected).compareTo(finding.expected()), finding.message());
        assertEquals(0, new BigDecimal(actual).compareTo(finding.actual()), finding.message());
        assertEquals(0, new BigDecimal(difference).compareTo(finding.difference()), finding.message());
        // the published value, restored, raises nothing there
        assertTrue(evaluateAll(SeedFacts.seed()).stream().noneMatch(f -> f.ruleId().equals(rule) && f.location().equals(location)));
        // the message explains the failure with the numbers that prove it
        assertTrue(!finding.message().contains("{") && finding.message().length() > 10, finding.message());
    }

    @Test
    void table5BelowTable3IsInformationAndAboveIsAnError() {
        FindingDraft below = only("R14", "5:2080106:total",
                evaluateAll(SeedFacts.change().cell(5, "2080106", "total", "580.20").facts()));
        assertEquals(Severity.INFO, below.severity());
        FindingDraft above = only("R14", "5:2080106:total",
                evaluateAll(SeedFacts.change().cell(5, "2080106", "total", "580.22").facts()));
        assertEquals(Severity.ERROR, above.severity());
    }

    @Test
    void anEmptyTableNeedsItsNoteAndATableWithFiguresMustNotCallItselfEmpty() {
        List<FindingDraft> noNote = evaluateAll(SeedFacts.change().note(7, null).facts());
        assertEquals(Severity.WARNING, only("R18", "7:-:note", noNote).severity(), "a missing note is a WARNING, as under R28");
        assertEquals(Severity.WARNING, only("R28", "7:-:note", noNote).severity());

        List<FindingDraft> wrongNote = evaluateAll(SeedFacts.change().note(8, "注：无国有资本经营预算财政拨款预算，空表列示。").facts());
        FindingDraft finding = only("R18", "8:-:note", wrongNote);
        assertTrue(finding.message().contains("空表说明"), finding.message());
    }

    @Test
    void r07SumsTheIncomeSideOfTable4UpToItsGrandTotal() {
        List<FindingDraft> findings = evaluateAll(SeedFacts.change().cell(4, "income_current_total", "income", "3249.85").facts());
        FindingDraft current = only("R07", "4:income_current_total:income", findings);
        assertEquals(0, new BigDecimal("3249.84").compareTo(current.expected()), current.message());
        FindingDraft grand = findings.stream()
                .filter(f -> f.ruleId().equals("R07") && f.location().startsWith("4:income_grand_total:income")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("4078.24").compareTo(grand.expected()), "收入总计 = 3249.85 + 828.39: " + grand.message());
        assertEquals(0, new BigDecimal("4078.23").compareTo(grand.actual()), grand.message());
    }

    @Test
    void r14HoldsForTheSumOfTables5And8AgainstTable3() {
        // each table alone stays within table 3's 1516.00 on 2230105, together they exceed it
        List<FindingDraft> findings = evaluateAll(SeedFacts.change().addRow(5, "2230105", "国有企业退休人员社会化管理补助支出", "total", "0.01").facts());
        FindingDraft sum = only("R14", "3:2230105:total", findings);
        assertEquals(Severity.ERROR, sum.severity(), sum.message());
        assertEquals(0, new BigDecimal("1516.01").compareTo(sum.actual()), sum.message());
        assertEquals(0, new BigDecimal("1516.00").compareTo(sum.expected()), sum.message());
        assertTrue(sum.message().contains("表5、表7、表8之和"), sum.message());
        assertEquals(Severity.INFO, only("R14", "5:2230105:total", findings).severity(), "table 5 alone is below table 3");
    }

    @Test
    void aTableOfTheTemplateThatIsNotPublishedIsAnError() {
        FindingDraft missing = only("R28", "5:-:published", evaluateAll(SeedFacts.change().dropTable(5).facts()));
        assertEquals(Severity.ERROR, missing.severity());
        assertTrue(missing.message().contains("一般公共预算财政拨款支出表"), missing.message());
    }

    @Test
    void theNarrativesRunningCostIsCheckedAgainstTable6AndItsOwnItems() {
        List<FindingDraft> findings = evaluateAll(SeedFacts.change().figure("running_cost", "132.00").facts());
        FindingDraft overTable6 = only("R19", "-:running_cost:-", findings);
        assertEquals(Severity.ERROR, overTable6.severity());
        assertEquals(0, new BigDecimal("131.92").compareTo(overTable6.expected()));
        FindingDraft overItems = only("R19", "-:running_cost:items", findings);
        assertEquals(Severity.ERROR, overItems.severity(), "0.08 is beyond the 0.06 tolerance of 11 rounded items");
    }

    @Test
    void aNarrativeThreePublicFigureWithinRoundingIsInformationAndOneUnitBeyondIsAnError() {
        FindingDraft within = only("R20", "-:three_public.reception:-",
                evaluateAll(SeedFacts.change().figure("three_public.reception", "1.10").facts()));
        assertEquals(Severity.INFO, within.severity(), "0.01 is within (0.01/2)·(1+1)");
        assertTrue(within.message().startsWith("尾差"), within.message());
        assertEquals(0, new BigDecimal("0.01").compareTo(within.tolerance()));

        FindingDraft beyond = only("R20", "-:three_public.reception:-",
                evaluateAll(SeedFacts.change().figure("three_public.reception", "1.11").facts()));
        assertEquals(Severity.ERROR, beyond.severity());
        assertEquals(0, new BigDecimal("0.02").compareTo(beyond.difference()));
    }

    @Test
    void aTableInYuanIsComparedWithATableInWanYuanInWanYuan() {
        RuleSet shanghai = RuleCatalog.load().forBudget("shanghai-2024", 2024).orElseThrow();
        RuleDefinition r17 = shanghai.rules().stream().filter(r -> r.id().equals("R17")).findFirst().orElseThrow();
        UnaryOperator<String> evaluate = yuan -> {
            List<LineValues> lines = List.of(
                    new LineValues(9, RowKind.ITEM, "reception", "公务接待费", 2, Map.of("total", new BigDecimal("1.09"))),
                    new LineValues(6, RowKind.ECONOMIC, "30217", "公务接待费", 5, Map.of("total", new BigDecimal(yuan))));
            BudgetFacts facts = BudgetFacts.of("S1", 2024, TemplateCatalog.load().find("shanghai-2024").orElseThrow(), "上海示例",
                    lines, List.of(), List.of());
            List<FindingDraft> findings = RuleEngine.evaluate(r17, facts).findings();
            return findings.isEmpty() ? "none" : findings.get(0).severity() + " " + findings.get(0).expected().stripTrailingZeros().toPlainString();
        };
        assertEquals("none", evaluate.apply("10900.00"), "10900.00 元 is 1.09 万元");
        assertEquals("INFO 1.1", evaluate.apply("11000.00"), "1.10 万元 against 1.09 万元 is a rounding residual");
        assertEquals("ERROR 1.2", evaluate.apply("12000.00"));
    }

    private static List<FindingDraft> evaluateAll(BudgetFacts facts) {
        List<FindingDraft> findings = new ArrayList<>();
        HEBEI.rules().forEach(rule -> findings.addAll(RuleEngine.evaluate(rule, facts).findings()));
        return findings;
    }

    private static FindingDraft only(String rule, String location, List<FindingDraft> findings) {
        List<FindingDraft> matching = findings.stream().filter(f -> f.ruleId().equals(rule) && f.location().equals(location)).toList();
        assertEquals(1, matching.size(), () -> rule + " at " + location + " among " + findings);
        return matching.get(0);
    }
}
