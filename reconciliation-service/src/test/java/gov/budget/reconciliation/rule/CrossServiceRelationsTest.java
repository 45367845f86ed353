package gov.budget.reconciliation.rule;

import gov.budget.contracts.asset.HoldingsPayload;
import gov.budget.contracts.performance.ProjectSheetPayload;
import gov.budget.contracts.procurement.FundAmounts;
import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.contracts.procurement.ProcurementTablePayload;
import gov.budget.contracts.procurement.PublishedTotal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The relations across services (R21–R27) on the seed budget with its project sheets, procurement
 * table, holdings table and synthetic register: clean, nothing is raised; changed in one place, the
 * relation it breaks names the place and the numbers.
 */
class CrossServiceRelationsTest {

    private static final RuleSet HEBEI = RuleCatalog.load().forBudget("hebei-2024", 2024).orElseThrow();

    @Test
    void theSeedWithAllItsServicesRaisesNoErrorAndOneRealWarning() {
        BudgetFacts seed = SeedFacts.seed().with(SeedServices.seed());
        assertEquals(24, seed.services().sheets().size());
        assertEquals(17, seed.services().procurementLines().size());
        assertEquals(981, seed.services().assets().size());
        List<FindingDraft> findings = evaluateAll(seed);
        // the published sheet of 区直机关事业单位离休人员养老金 caps its cost indicator at ≤300万元 on a 预算数 of 200.00
        FindingDraft warning = only("R22", "-:sheet:13030224P00308P12378G:cost:离休人员养老金总额", findings);
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals(0, new BigDecimal("300").compareTo(warning.actual()));
        assertEquals(0, new BigDecimal("200.00").compareTo(warning.expected()));
        assertEquals(List.of(warning), findings);
    }

    @Test
    void r21TheSheetsMustAddUpToTable3sProjectExpenditure() {
        List<ProjectSheetPayload> sheets = new ArrayList<>(SeedServices.sheets());
        ProjectSheetPayload first = sheets.get(0);
        sheets.set(0, sheet(first, new BigDecimal("2.01"), first.fiscalFunds(), first.planJune()));
        FindingDraft finding = only("R21", "-:sheets:budget", evaluate(withSheets(sheets)));
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(0, new BigDecimal("2132.40").compareTo(finding.actual()));
        assertEquals(0, new BigDecimal("2132.39").compareTo(finding.expected()));
        // the same change breaks the sheet's own 财政资金 + 其他资金 = 预算数
        assertEquals(Severity.ERROR, only("R22", "-:sheet:" + first.projectCode() + ":funds", evaluate(withSheets(sheets))).severity());
    }

    @Test
    void r22ASpendingPlanThatDecreasesIsAnError() {
        List<ProjectSheetPayload> sheets = new ArrayList<>(SeedServices.sheets());
        ProjectSheetPayload first = sheets.get(0);
        sheets.set(0, sheet(first, first.budget(), first.fiscalFunds(), new BigDecimal("20")));
        FindingDraft finding = only("R22", "-:sheet:" + first.projectCode() + ":plan", evaluate(withSheets(sheets)));
        assertEquals(Severity.ERROR, finding.severity());
        assertTrue(finding.message().contains("不减"), finding.message());
    }

    @Test
    void r23AProcurementLineMustMultiplyOutAndTheSubtotalsMustAddUp() {
        List<ProcurementLinePayload> lines = new ArrayList<>(SeedServices.procurementLines());
        ProcurementLinePayload audit = lines.get(4);
        assertEquals("基金审计经费", audit.projectName());
        lines.set(4, line(audit, new BigDecimal("4")));
        List<FindingDraft> findings = evaluate(withProcurement(lines, SeedServices.procurementTable()));
        FindingDraft product = only("R23", "-:procurement:5:product", findings);
        assertEquals(Severity.ERROR, product.severity());
        assertEquals(0, new BigDecimal("4.00").compareTo(product.expected()));
        assertEquals(0, new BigDecimal("3.00").compareTo(product.actual()));

        ProcurementTablePayload table = SeedServices.procurementTable();
        List<PublishedTotal> totals = new ArrayList<>(table.publishedTotals());
        PublishedTotal unit = totals.get(1);
        totals.set(1, new PublishedTotal(unit.unit(), new FundAmounts(new BigDecimal("89.26"), unit.amounts().generalPublic(),
                null, null, null, null, null), unit.smeShare()));
        List<FindingDraft> subtotal = evaluate(withProcurement(SeedServices.procurementLines(),
                new ProcurementTablePayload(table.note(), totals, table.lineCount())));
        FindingDraft finding = only("R23", "-:procurement:" + unit.unit() + ":total", subtotal);
        assertEquals(0, new BigDecimal("89.25").compareTo(finding.expected()));
    }

    @Test
    void r24ALinesStatedProjectBudgetMustMatchItsSheetAndIsAWarning() {
        List<ProcurementLinePayload> lines = new ArrayList<>(SeedServices.procurementLines());
        ProcurementLinePayload network = lines.stream().filter(l -> l.projectName().equals("专网维护费")).findFirst().orElseThrow();
        lines.set(lines.indexOf(network), new ProcurementLinePayload(network.lineId(), network.position(), network.unit(),
                network.projectName(), null, false, new BigDecimal("17.00"), network.itemName(), network.catalogCode(), network.category(),
                network.measureUnit(), network.quantity(), network.unitPrice(), network.amounts(), network.smeShare(), false));
        FindingDraft finding = only("R24", "-:procurement:" + network.lineId() + ":projectBudget",
                evaluate(withProcurement(lines, SeedServices.procurementTable())));
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals(0, new BigDecimal("16.50").compareTo(finding.expected()));
    }

    @Test
    void r25ProcurementCannotSpendMoreOfAFundThanTable1Provides() {
        BudgetFacts facts = SeedFacts.change().cell(1, "income_general_public", "amount", "100.00").facts().with(SeedServices.seed());
        FindingDraft finding = only("R25", "-:procurement:generalPublic:generalPublic", evaluate(facts));
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(0, new BigDecimal("117.75").compareTo(finding.actual()));
    }

    @Test
    void r26TheAssetTotalAndTheRegisterMustAgreeWithTheHoldingsTable() {
        HoldingsPayload holdings = SeedServices.holdings();
        List<HoldingsPayload.Row> rows = new ArrayList<>(holdings.rows());
        HoldingsPayload.Row total = rows.get(0);
        rows.set(0, new HoldingsPayload.Row(total.category(), total.label(), total.quantity(), total.quantityUnit(),
                new BigDecimal("393.71"), null));
        BudgetFacts services = SeedFacts.seed().with(BudgetFacts.OtherServices.of(SeedServices.sheets(), SeedServices.procurementLines(),
                SeedServices.procurementTable(), new HoldingsPayload(holdings.asOf(), holdings.plannedPurchases(), rows), SeedServices.assets()));
        List<FindingDraft> findings = evaluate(services);
        FindingDraft sum = only("R26", "-:holdings:2023-12-31:TOTAL", findings);
        assertEquals(0, new BigDecimal("393.70").compareTo(sum.expected()));
        FindingDraft register = only("R26", "-:holdings:2023-12-31:register:TOTAL", findings);
        assertEquals(0, new BigDecimal("393.70").compareTo(register.expected()));
    }

    @Test
    void r27VehiclesWithoutRunningCostsAreAWarning() {
        BudgetFacts facts = SeedFacts.change().cell(9, "vehicle_operation", "total", "0.00").facts().with(SeedServices.seed());
        FindingDraft finding = only("R27", "9:vehicle_operation:assets", evaluate(facts));
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.message().contains("车辆 3 台"), finding.message());
    }

    @Test
    void r27PlannedFixedAssetsAreCoveredOnlyByProcurementOfFixedAssetsNotByOfficeSupplies() {
        HoldingsPayload holdings = SeedServices.holdings();
        HoldingsPayload planning = new HoldingsPayload(holdings.asOf(), new BigDecimal("50.00"), holdings.rows());
        // the seed's 117.75 万元 of procurement is copy paper and other office supplies: none of it is a fixed asset
        List<FindingDraft> paperOnly = evaluate(SeedFacts.seed().with(BudgetFacts.OtherServices.of(SeedServices.sheets(),
                SeedServices.procurementLines(), SeedServices.procurementTable(), planning, SeedServices.assets())));
        FindingDraft finding = only("R27", "-:assets:planned:procurement", paperOnly);
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals(0, BigDecimal.ZERO.compareTo(finding.actual()), finding.message());
        assertEquals(0, new BigDecimal("50.00").compareTo(finding.expected()), finding.message());

        List<ProcurementLinePayload> withComputers = new ArrayList<>(SeedServices.procurementLines());
        ProcurementLinePayload paper = withComputers.get(0);
        withComputers.add(new ProcurementLinePayload(9_999, withComputers.size() + 1, paper.unit(), paper.projectName(), paper.projectCode(),
                paper.basicExpenditure(), paper.projectBudget(), "台式计算机", "A02010104", "GOODS", "台", new BigDecimal("10"),
                new BigDecimal("5.00"), new FundAmounts(new BigDecimal("50.00"), new BigDecimal("50.00"), null, null, null, null, null),
                null, false));
        List<FindingDraft> covered = evaluate(SeedFacts.seed().with(BudgetFacts.OtherServices.of(SeedServices.sheets(),
                withComputers, SeedServices.procurementTable(), planning, SeedServices.assets())));
        assertTrue(covered.stream().noneMatch(f -> f.ruleId().equals("R27") && f.location().startsWith("-:assets:planned")), covered.toString());
    }

    @Test
    void r29AHoldingsTableOfTheWrongYearAndServiceDataWithoutALedgerBudgetAreErrors() {
        HoldingsPayload holdings = SeedServices.holdings();
        BudgetFacts lastYears = SeedFacts.seed().with(BudgetFacts.OtherServices.of(SeedServices.sheets(), SeedServices.procurementLines(),
                SeedServices.procurementTable(), new HoldingsPayload(java.time.LocalDate.of(2022, 12, 31), holdings.plannedPurchases(),
                holdings.rows()), SeedServices.assets()));
        FindingDraft year = only("R29", "-:asset:asOf", evaluate(lastYears));
        assertTrue(year.message().contains("2022-12-31"), year.message());

        BudgetFacts noLedger = BudgetFacts.of("323", 2024, SeedFacts.seed().template(), null, List.of(), List.of(), List.of())
                .with(SeedServices.seed());
        FindingDraft orphan = only("R29", "-:procurement:budget", evaluate(noLedger));
        assertEquals(Severity.ERROR, orphan.severity());
    }

    @Test
    void whereOnlySomeProjectsHaveSheetsTheProfileComparesWithAtMostInsteadOfEquals() {
        List<ProjectSheetPayload> fewer = SeedServices.sheets().subList(0, 10);
        RuleDefinition hebei = HEBEI.rules().stream().filter(r -> r.id().equals("R21")).findFirst().orElseThrow();
        RuleDefinition shanghai = RuleCatalog.load().forBudget("shanghai-2024", 2024).orElseThrow().rules().stream()
                .filter(r -> r.id().equals("R21")).findFirst().orElseThrow();
        BudgetFacts facts = withSheets(fewer);
        assertEquals(Severity.ERROR, RuleEngine.evaluate(hebei, facts).findings().get(0).severity());
        assertEquals(List.of(), RuleEngine.evaluate(shanghai, facts).findings());
        assertEquals("actual <= expected", shanghai.comparison());
    }

    private static BudgetFacts withSheets(List<ProjectSheetPayload> sheets) {
        return SeedFacts.seed().with(BudgetFacts.OtherServices.of(sheets, SeedServices.procurementLines(),
                SeedServices.procurementTable(), SeedServices.holdings(), SeedServices.assets()));
    }

    private static BudgetFacts withProcurement(List<ProcurementLinePayload> lines, ProcurementTablePayload table) {
        return SeedFacts.seed().with(BudgetFacts.OtherServices.of(SeedServices.sheets(), lines, table, SeedServices.holdings(),
                SeedServices.assets()));
    }

    private static ProjectSheetPayload sheet(ProjectSheetPayload s, BigDecimal budget, BigDecimal fiscal, BigDecimal june) {
        return new ProjectSheetPayload(s.projectCode(), s.projectName(), s.position(), budget, fiscal, s.otherFunds(), s.planMarch(),
                june, s.planOctober(), s.planDecember(), s.carriedOver(), s.functionalCode(), s.indicators(), false);
    }

    private static ProcurementLinePayload line(ProcurementLinePayload l, BigDecimal quantity) {
        return new ProcurementLinePayload(l.lineId(), l.position(), l.unit(), l.projectName(), l.projectCode(), l.basicExpenditure(),
                l.projectBudget(), l.itemName(), l.catalogCode(), l.category(), l.measureUnit(), quantity, l.unitPrice(), l.amounts(),
                l.smeShare(), false);
    }

    private static List<FindingDraft> evaluateAll(BudgetFacts facts) {
        return evaluate(facts);
    }

    private static List<FindingDraft> evaluate(BudgetFacts facts) {
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
