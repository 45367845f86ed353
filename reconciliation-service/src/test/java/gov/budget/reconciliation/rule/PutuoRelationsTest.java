package gov.budget.reconciliation.rule;

import gov.budget.contracts.performance.ProjectSheetPayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Putuo rule set on a real Putuo disclosure (上海市普陀区商务委员会 2025, loaded as printed): it
 * raises nothing above INFO on the published figures, and each relation, broken once, names its
 * location and the numbers that prove it. Tables 1–8 are in 元 and table 9 and the narrative in
 * 万元, so a comparison across them is made in 万元 under the rounding rule.
 */
class PutuoRelationsTest {

    private static final RuleSet PUTUO = RuleCatalog.load().forBudget("shanghai-putuo", 2025).orElseThrow();

    /** The relations each broken by a test here; R21 reads the project sheets, broken in its own test. */
    private static final Set<String> BROKEN_HERE = new TreeSet<>(List.of("R01", "R02", "R03", "R04", "R05", "R06", "R07", "R08", "R09",
            "R10", "R11", "R12", "R13", "R14", "R15", "R17", "R18", "R19", "R20", "R21", "R28", "R30", "R31"));

    @Test
    void thePublishedDisclosureRaisesNothingAboveInformation() {
        List<FindingDraft> findings = evaluateAll(SeedFacts.putuo());
        assertEquals(List.of(), findings.stream().filter(f -> f.severity() != Severity.INFO).toList());
        // the rounded 万元 figures differ from the 元 tables only within rounding
        assertTrue(findings.stream().allMatch(f -> f.message().startsWith("尾差")), findings.toString());
        assertEquals(BROKEN_HERE, new TreeSet<>(PUTUO.rules().stream().map(RuleDefinition::id).toList()),
                "every relation of the rule set is broken once by a test here");
    }

    @ParameterizedTest(name = "{0}: table {1} {2} {3} = {4}")
    @CsvSource({
            // rule, table, row, column, new value | finding: location, severity, expected, actual, difference
            "R01, 1, income_general_public, amount, 371514655.01, 1:income_fiscal:amount, ERROR, 371514655.01, 371514655.00, -0.01",
            "R02, 1, 201, amount, 21601733.01,                   1:expenditure_grand_total:amount, ERROR, 371514655.01, 371514655.00, -0.01",
            "R03, 1, expenditure_grand_total, amount, 371514655.01, 1:income_grand_total:amount, ERROR, 371514655.01, 371514655.00, -0.01",
            "R04, 2, 2011301, fiscal_appropriation, 9389913.01,  2:2011301:total, ERROR, 9389913.01, 9389913.00, -0.01",
            "R05, 3, 2011301, basic, 9389913.01,                 3:2011301:total, ERROR, 9389913.01, 9389913.00, -0.01",
            "R06, 3, 2011301, total, 9389913.01,                 3:20113:total, ERROR, 21601733.01, 21601733.00, -0.01",
            "R07, 4, 201, general_public, 21601733.01,           4:201:total, ERROR, 21601733.01, 21601733.00, -0.01",
            "R08, 8, 30217, public_use, 10000.01,                8:30217:total, ERROR, 10000.01, 10000.00, -0.01",
            "R09, 9, budget, reception, 1.01,                    9:budget:total, ERROR, 1.01, 1.00, -0.01",
            "R10, 3, 206, total, 17200000.01,                    1:206:amount, ERROR, 17200000.01, 17200000.00, -0.01",
            "R11, 2, 2060503, total, 17200000.01,                2:2060503:total, ERROR, 17200000.00, 17200000.01, 0.01",
            "R12, 4, income_general_public, income, 371514655.01, 1:income_general_public:amount, ERROR, 371514655.01, 371514655.00, -0.01",
            "R13, 5, 206, total, 17200000.01,                    4:206:general_public, ERROR, 17200000.01, 17200000.00, -0.01",
            "R14, 5, 2060503, total, 17200000.01,                5:2060503:total, ERROR, 17200000.00, 17200000.01, 0.01",
            "R15, 8, total, total, 19830655.01,                  5:total:basic, ERROR, 19830655.01, 19830655.00, -0.01",
            // 20,000.00 元 of 公务接待费 in table 8 is 2.00 万元, more than table 9's 1.00
            "R17, 8, 30217, total, 20000.00,                     9:budget:reception, ERROR, 2.00, 1.00, -1.00",
            "R18, 4, 201, government_fund, 1.00,                 4:-:government_fund, ERROR, 0, 1, 1",
            // 机关运行经费 172.00 万元 against 公用经费 1,710,062.00 元 = 171.0062 万元
            "R19, 9, budget, running_cost, 172.00,               9:budget:running_cost, ERROR, 171.0062, 172.00, 0.9938",
    })
    void breakingOneCellRaisesTheRelationItBreaks(String rule, int table, String row, String column, String value,
                                                   String location, Severity severity, String expected, String actual,
                                                   String difference) {
        FindingDraft finding = only(rule, location, evaluateAll(SeedFacts.changePutuo().cell(table, row, column, value).facts()));
        assertFinding(finding, severity, expected, actual, difference);
    }

    @ParameterizedTest(name = "{0}: narrative {1} = {2}")
    @CsvSource({
            // figure, new value | finding: rule, location, expected, actual, difference
            "three_public.reception, 1.10, R20, -:three_public.reception:-, 1.00, 1.10, 0.10",
            // the narrative's 收入预算 against table 1's 371,514,655.00 元 = 37151.4655 万元
            "income, 37152.47,             R30, -:income:-, 37151.4655, 37152.47, 1.0045",
            "running_cost, 171.11,         R30, -:running_cost:-, 171.01, 171.11, 0.10",
            // 行政运行 (2011301) is 9,389,913.00 元 in table 5 = 938.9913 万元
            "item_2011301, 939.99,         R31, -:item_2011301:-, 938.9913, 939.99, 0.9987"})
    void breakingOneNarrativeFigureRaisesTheRelationItBreaks(String code, String value, String rule, String location, String expected,
                                                             String actual, String difference) {
        FindingDraft finding = only(rule, location, evaluateAll(SeedFacts.changePutuo().figure(code, value).facts()));
        assertFinding(finding, Severity.ERROR, expected, actual, difference);
    }

    @Test
    void anUnpublishedTableAndAnEmptyTableWithoutItsNoteAreRaised() {
        assertEquals(Severity.ERROR, only("R28", "5:-:published", evaluateAll(SeedFacts.changePutuo().dropTable(5).facts())).severity());
        List<FindingDraft> noNote = evaluateAll(SeedFacts.changePutuo().note(6, null).facts());
        assertEquals(Severity.WARNING, only("R18", "6:-:note", noNote).severity());
        assertEquals(Severity.WARNING, only("R28", "6:-:note", noNote).severity());
    }

    @Test
    void theProjectSheetsInWanYuanAreHeldToTable3sProjectExpenditureInYuan() {
        // table 3's 项目支出 is 351,684,000.00 元 = 35168.40 万元; sheets of 35168.41 万元 exceed it
        List<ProjectSheetPayload> sheets = List.of(sheet("P1", "35000.00"), sheet("P2", "168.41"));
        List<FindingDraft> over = evaluateAll(SeedFacts.putuo().with(BudgetFacts.OtherServices.of(sheets, List.of(), null, null, List.of())));
        FindingDraft finding = only("R21", "-:sheets:budget", over);
        assertFinding(finding, Severity.INFO, "35168.40", "35168.41", "0.01");
        List<ProjectSheetPayload> far = List.of(sheet("P1", "35000.00"), sheet("P2", "169.40"));
        assertFinding(only("R21", "-:sheets:budget", evaluateAll(SeedFacts.putuo().with(BudgetFacts.OtherServices.of(far, List.of(), null,
                null, List.of())))), Severity.ERROR, "35168.40", "35169.40", "1.00");
        List<ProjectSheetPayload> some = List.of(sheet("P1", "11381.60"));
        assertTrue(evaluateAll(SeedFacts.putuo().with(BudgetFacts.OtherServices.of(some, List.of(), null, null, List.of()))).stream()
                .noneMatch(f -> f.ruleId().equals("R21")), "sheets for only some projects stay below table 3");
    }

    private static ProjectSheetPayload sheet(String code, String budget) {
        return new ProjectSheetPayload(code, "项目" + code, 1, new BigDecimal(budget), new BigDecimal(budget), null, null, null, null,
                new BigDecimal("100"), false, null, List.of(), false);
    }

    private static void assertFinding(FindingDraft finding, Severity severity, String expected, String actual, String difference) {
        assertEquals(severity, finding.severity(), finding.message());
        assertEquals(0, new BigDecimal(expected).compareTo(finding.expected()), finding.message());
        assertEquals(0, new BigDecimal(actual).compareTo(finding.actual()), finding.message());
        assertEquals(0, new BigDecimal(difference).compareTo(finding.difference()), finding.message());
        assertTrue(!finding.message().contains("{") && finding.message().length() > 10, finding.message());
    }

    private static List<FindingDraft> evaluateAll(BudgetFacts facts) {
        List<FindingDraft> findings = new ArrayList<>();
        PUTUO.rules().forEach(rule -> findings.addAll(RuleEngine.evaluate(rule, facts).findings()));
        return findings;
    }

    private static FindingDraft only(String rule, String location, List<FindingDraft> findings) {
        List<FindingDraft> matching = findings.stream().filter(f -> f.ruleId().equals(rule) && f.location().equals(location)).toList();
        assertEquals(1, matching.size(), () -> rule + " at " + location + " among " + findings);
        return matching.get(0);
    }
}
