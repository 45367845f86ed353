package gov.budget.reconciliation.rule;

import gov.budget.contracts.asset.HoldingsPayload;
import gov.budget.contracts.ledger.RowKind;
import gov.budget.contracts.performance.ProjectSheetPayload;
import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.reconciliation.source.ledger.LedgerLineProjector;
import gov.budget.reconciliation.source.ledger.LedgerLineRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A change re-evaluates only the rules that read what it touched, and keeps the other rules'
 * findings: that must give exactly the findings of evaluating every rule again. One change per
 * relation R01–R29, each in the part of the budget the consumer says it touched.
 */
class IncrementalEvaluationTest {

    private static final RuleSet HEBEI = RuleCatalog.load().forBudget("hebei-2024", 2024).orElseThrow();
    /** The service's own choice of the rules a change touched. */
    private static final RuleSets RULE_SETS = new RuleSets();

    static Stream<Arguments> changes() {
        return Stream.of(
                ledger("R01", 1, "income_current_total", "amount", "3249.85"),
                ledger("R02", 1, "208", "amount", "2320.29"),
                ledger("R03", 1, "expenditure_grand_total", "amount", "4078.24"),
                ledger("R04", 2, "2080106", "current_subtotal", "580.20"),
                ledger("R05", 3, "2080106", "total", "580.22"),
                ledger("R06", 3, "2080106", "basic", "528.22"),
                ledger("R07", 4, "carry_over_general_public", "income", "70.40"),
                ledger("R08", 6, "30101", "personnel", "386.37"),
                ledger("R09", 9, "reception", "total", "1.10"),
                ledger("R10", 1, "210", "amount", "122.63"),
                ledger("R11", 2, "2080106", "total", "580.22"),
                ledger("R12", 4, "income_general_public", "income", "2491.85"),
                ledger("R13", 5, "210", "total", "122.63"),
                ledger("R14", 5, "2080106", "total", "580.22"),
                ledger("R15", 6, "total", "total", "1945.85"),
                ledger("R16", 6, "30108", "total", "139.12"),
                ledger("R17", 6, "30217", "total", "1.10"),
                ledger("R18", 4, "208", "government_fund", "1.00"),
                Arguments.of("R18/R28 a note removed", withServices(SeedFacts.change().note(7, null).facts()),
                        Set.of(RuleInput.ledgerTable(7), RuleInput.ledgerTables())),
                ledger("R19", 6, "30201", "total", "50.00"),
                ledger("R20", 9, "vehicle_operation", "total", "9.99"),
                Arguments.of("R21/R22 a sheet's 预算数", withSheetBudget(new BigDecimal("2.01")), Set.of(RuleInput.sheets())),
                Arguments.of("R23/R24 a procurement line's quantity", withProcurementQuantity(new BigDecimal("4")), Set.of(RuleInput.procurement())),
                ledger("R25", 1, "income_general_public", "amount", "100.00"),
                Arguments.of("R26 a holdings row", withHoldingsValue(), Set.of(RuleInput.assets())),
                ledger("R27", 9, "vehicle_operation", "total", "0.00"),
                Arguments.of("R28 a table dropped", withServices(SeedFacts.change().dropTable(5).facts()),
                        Set.of(RuleInput.ledgerTable(5), RuleInput.ledgerTables())),
                Arguments.of("R29 a holdings table of another year", withHoldingsYear(), Set.of(RuleInput.assets())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void evaluatingOnlyTheTouchedRulesGivesTheFindingsOfAFullEvaluation(String change, BudgetFacts after, Set<RuleInput> touched) {
        assertIncrementalIsFull(change, withServices(SeedFacts.seed()), after, touched);
    }

    /**
     * A table's rows without its record show it published: the lines of a table that had neither,
     * as the consumer says they touched, re-evaluate the rules on the list of tables (R28) too.
     */
    @Test
    void theFirstLinesOfATableWithoutItsRecordReEvaluateTheRulesOnTheListOfTables() {
        BudgetFacts before = withServices(SeedFacts.change().dropTable(5).facts());
        BudgetFacts after = withServices(SeedFacts.change().dropTableRecord(5).facts());
        LedgerLineRow line = new LedgerLineRow("323:2024:5:2080106", "323", 2024, 5, "2080106", RowKind.FUNCTIONAL, "就业管理事务", 1,
                null, 1, false, Instant.parse("2026-12-07T00:00:00Z"), Map.of("total", new BigDecimal("580.21")));
        assertIncrementalIsFull("table 5's lines without its record", before, after, new LedgerLineProjector().touched(line));
    }

    private static void assertIncrementalIsFull(String change, BudgetFacts before, BudgetFacts after, Set<RuleInput> touched) {
        List<RuleDefinition> affected = RULE_SETS.affectedBy(HEBEI, touched);
        assertEquals(HEBEI.rules().stream().filter(rule -> !Collections.disjoint(rule.inputs(), touched)).toList(), affected,
                change + ": the rules that read what it touched");
        List<FindingDraft> incremental = new ArrayList<>();
        for (RuleDefinition rule : HEBEI.rules()) {
            incremental.addAll(RuleEngine.evaluate(rule, affected.contains(rule) ? after : before).findings());
        }
        List<FindingDraft> full = new ArrayList<>();
        HEBEI.rules().forEach(rule -> full.addAll(RuleEngine.evaluate(rule, after).findings()));

        assertFalse(full.equals(evaluate(before)), change + " changes the findings");
        assertEquals(sorted(full), sorted(incremental), change);
    }

    private static Arguments ledger(String rule, int table, String row, String column, String value) {
        return Arguments.of(rule + " table " + table + " " + row + " " + column + " = " + value,
                withServices(SeedFacts.change().cell(table, row, column, value).facts()), Set.of(RuleInput.ledgerTable(table)));
    }

    private static List<FindingDraft> evaluate(BudgetFacts facts) {
        List<FindingDraft> findings = new ArrayList<>();
        HEBEI.rules().forEach(rule -> findings.addAll(RuleEngine.evaluate(rule, facts).findings()));
        return findings;
    }

    private static List<FindingDraft> sorted(List<FindingDraft> findings) {
        return findings.stream().sorted(Comparator.comparing(FindingDraft::ruleId).thenComparing(FindingDraft::location)).toList();
    }

    private static BudgetFacts withServices(BudgetFacts ledger) {
        return ledger.with(SeedServices.seed());
    }

    private static BudgetFacts withSheetBudget(BigDecimal budget) {
        List<ProjectSheetPayload> sheets = new ArrayList<>(SeedServices.sheets());
        ProjectSheetPayload s = sheets.get(0);
        sheets.set(0, new ProjectSheetPayload(s.projectCode(), s.projectName(), s.position(), budget, s.fiscalFunds(), s.otherFunds(),
                s.planMarch(), s.planJune(), s.planOctober(), s.planDecember(), s.carriedOver(), s.functionalCode(), s.indicators(),
                s.deleted()));
        return SeedFacts.seed().with(BudgetFacts.OtherServices.of(sheets, SeedServices.procurementLines(), SeedServices.procurementTable(),
                SeedServices.holdings(), SeedServices.assets()));
    }

    private static BudgetFacts withProcurementQuantity(BigDecimal quantity) {
        List<ProcurementLinePayload> lines = new ArrayList<>(SeedServices.procurementLines());
        ProcurementLinePayload l = lines.get(4);
        lines.set(4, new ProcurementLinePayload(l.lineId(), l.position(), l.unit(), l.projectName(), l.projectCode(), l.basicExpenditure(),
                l.projectBudget(), l.itemName(), l.catalogCode(), l.category(), l.measureUnit(), quantity, l.unitPrice(), l.amounts(),
                l.smeShare(), l.deleted()));
        return SeedFacts.seed().with(BudgetFacts.OtherServices.of(SeedServices.sheets(), lines, SeedServices.procurementTable(),
                SeedServices.holdings(), SeedServices.assets()));
    }

    private static BudgetFacts withHoldingsValue() {
        HoldingsPayload holdings = SeedServices.holdings();
        List<HoldingsPayload.Row> rows = new ArrayList<>(holdings.rows());
        HoldingsPayload.Row first = rows.get(0);
        rows.set(0, new HoldingsPayload.Row(first.category(), first.label(), first.quantity(), first.quantityUnit(),
                first.value().add(new BigDecimal("1.00")), first.partOf()));
        return SeedFacts.seed().with(BudgetFacts.OtherServices.of(SeedServices.sheets(), SeedServices.procurementLines(),
                SeedServices.procurementTable(), new HoldingsPayload(holdings.asOf(), holdings.plannedPurchases(), rows), SeedServices.assets()));
    }

    private static BudgetFacts withHoldingsYear() {
        HoldingsPayload holdings = SeedServices.holdings();
        return SeedFacts.seed().with(BudgetFacts.OtherServices.of(SeedServices.sheets(), SeedServices.procurementLines(),
                SeedServices.procurementTable(), new HoldingsPayload(java.time.LocalDate.of(2022, 12, 31), holdings.plannedPurchases(),
                        holdings.rows()), SeedServices.assets()));
    }
}
