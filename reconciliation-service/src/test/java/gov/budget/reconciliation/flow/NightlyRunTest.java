package gov.budget.reconciliation.flow;

import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.ledger.LedgerLinePayload;
import gov.budget.contracts.ledger.LedgerTablePayload;
import gov.budget.contracts.snapshot.BudgetDigest;
import gov.budget.reconciliation.SampleBudget;
import gov.budget.reconciliation.finding.BudgetReconciliation;
import gov.budget.reconciliation.finding.ReconciliationService;
import gov.budget.reconciliation.nightly.DigestCheck;
import gov.budget.reconciliation.nightly.DigestComparison;
import gov.budget.reconciliation.nightly.InterruptedRuns;
import gov.budget.reconciliation.nightly.ReconciliationRun;
import gov.budget.reconciliation.projection.BudgetKey;
import gov.budget.reconciliation.projection.RecordProjection;
import gov.budget.reconciliation.source.asset.AssetSource;
import gov.budget.reconciliation.source.asset.DepartmentRegister;
import gov.budget.reconciliation.source.ledger.BudgetAggregateKey;
import gov.budget.reconciliation.source.ledger.BudgetProjection;
import gov.budget.reconciliation.source.ledger.LedgerLineProjection;
import gov.budget.reconciliation.source.ledger.LedgerSource;
import gov.budget.reconciliation.source.ledger.LedgerTableProjection;
import gov.budget.reconciliation.source.performance.PerformanceSource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The full run against the real ledger: it finds the drift between the projections and the ledger's
 * snapshot, repairs it, and re-evaluates, so that the findings are right again. Only one run at a time.
 */
@QuarkusTest
@WithTestResource(value = LedgerServiceResource.class, scope = TestResourceScope.GLOBAL)
class NightlyRunTest {

    private static final Duration PATIENCE = Duration.ofSeconds(180);
    private static final int IMPORT_EVENTS = 1 + 225 + 9 + 1;

    @Inject
    ReconciliationService reconciliation;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DigestCheck digestCheck;

    @Inject
    LedgerSource ledger;

    @Inject
    PerformanceSource performance;

    @Inject
    AssetSource asset;

    @Inject
    InterruptedRuns interruptedRuns;

    @Test
    void driftBehindTheConsumersBackIsReportedRepairedAndTheFindingsAreRightAgain() {
        String dept = importSample();
        // behind the consumer's back: a row lost, a row left at an older version, a row the ledger never had
        QuarkusTransaction.requiringNew().run(() -> {
            LedgerLineProjection lost = LedgerLineProjection.byAggregate(dept, 2024, dept + ":2024:3:2080106").orElseThrow();
            lost.delete();
            LedgerLineProjection stale = LedgerLineProjection.byAggregate(dept, 2024, dept + ":2024:3:2080109").orElseThrow();
            stale.version = 0;
            stale.amounts = java.util.Map.of("total", new BigDecimal("1.00"));
            LedgerLineProjection extra = new LedgerLineProjection();
            extra.aggregateId = dept + ":2024:3:2080198";
            extra.deptCode = dept;
            extra.fiscalYear = 2024;
            extra.tableNo = 3;
            extra.code = "2080198";
            extra.rowKind = gov.budget.contracts.ledger.RowKind.FUNCTIONAL;
            extra.name = "从未发布的科目";
            extra.position = 99;
            extra.unit = "万元";
            extra.version = 1;
            extra.occurredAt = Instant.now().minusSeconds(3600);
            extra.amounts = java.util.Map.of("total", new BigDecimal("9.00"));
            extra.persist();
            // and a table's note and a narrative figure lost or changed
            LedgerTableProjection table7 = LedgerTableProjection.findById(new BudgetAggregateKey(dept, 2024, dept + ":2024:7"));
            table7.note = null;
            table7.version = 0;
            BudgetProjection budget = BudgetProjection.of(dept, 2024).orElseThrow();
            budget.narrative.get(0).amount = new BigDecimal("999.00");
            budget.occurredAt = Instant.now().minusSeconds(3600);
            // a writer other than the consumer marks the budget's facts changed, as a repair does
            BudgetReconciliation.bumpFacts(dept, 2024);
            reconciliation.reevaluateInFull(new BudgetKey(dept, 2024), DepartmentRegister.of(dept));
        });
        asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept).then().statusCode(200)
                .body("status", equalTo("ERRORS"))
                .body("findings.ruleId", hasItems("R06", "R18", "R19"));

        JsonPath run = finishedRun(startRun());
        assertEquals("SUCCEEDED", run.getString("status"));
        assertEquals("MANUAL", run.getString("trigger"));
        assertEquals("ledger", run.getString("drift[0].service"));
        // the other services do not run beside these tests: the run says so and goes on
        assertEquals(true, run.getBoolean("drift.find { it.service == 'performance' }.unavailable"));
        assertTrue(run.getInt("drift[0].missing") >= 1, run.prettify());
        assertTrue(run.getInt("drift[0].stale") >= 1, run.prettify());
        assertTrue(run.getInt("drift[0].extra") >= 1, run.prettify());
        assertTrue(run.getInt("drift[0].stale") >= 3, "a line, a table and the narrative: " + run.prettify());
        assertTrue(run.getInt("budgetsChecked") >= 1, run.prettify());
        assertTrue(run.getInt("findingsResolved") >= 1, run.prettify());

        asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept)
                .then().statusCode(200).body("status", equalTo("CONSISTENT")).body("findings.size()", equalTo(0));
        LedgerLineProjection repaired = QuarkusTransaction.requiringNew().call(() ->
                LedgerLineProjection.byAggregate(dept, 2024, dept + ":2024:3:2080106").orElseThrow());
        assertEquals(0, new BigDecimal("580.21").compareTo(repaired.amounts.get("total")));
        asFinanceAdmin().when().get("/reconciliation-runs").then().statusCode(200)
                .body("items[0].id", equalTo(run.getInt("id")));
    }

    @Test
    void aRunLeftRunningByAStoppedServiceIsMarkedFailedWhenNoRunHoldsTheLock() {
        long left = QuarkusTransaction.requiringNew().call(() -> {
            ReconciliationRun run = new ReconciliationRun();
            run.trigger = ReconciliationRun.Trigger.MANUAL;
            run.status = ReconciliationRun.Status.RUNNING;
            run.startedAt = Instant.now().minusSeconds(600);
            run.persist();
            return run.id;
        });
        assertTrue(interruptedRuns.markFailed() >= 1);
        asFinanceAdmin().when().get("/reconciliation-runs/{id}", left).then().statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("error", org.hamcrest.Matchers.containsString("interrupted"))
                .body("finishedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aRunIsRefusedWhileAnotherHoldsTheLockAnywhere() throws Exception {
        // another replica's run holds the database lock
        try (Connection otherReplica = dataSource.getConnection()) {
            holdLock(otherReplica, "CONCAT('budget-reconciliation-nightly@', DATABASE())");
            asFinanceAdmin().when().post("/reconciliation-runs")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("detail", org.hamcrest.Matchers.containsString("already in progress"));
            try (PreparedStatement release = otherReplica.prepareStatement(
                    "SELECT RELEASE_LOCK(CONCAT('budget-reconciliation-nightly@', DATABASE()))")) {
                release.execute();
            }
        }
        JsonPath run = finishedRun(startRun());
        assertEquals("SUCCEEDED", run.getString("status"));
    }

    @Test
    void aRunOfAnotherDeploymentOnTheSameServerDoesNotHoldThisOneUp() throws Exception {
        // the suite's own reconciliation, on the same server as these tests, is running
        try (Connection otherDeployment = dataSource.getConnection()) {
            holdLock(otherDeployment, "'budget-reconciliation-nightly@budget_reconciliation'");
            JsonPath run = finishedRun(startRun());
            assertEquals("SUCCEEDED", run.getString("status"), run.prettify());
        }
    }

    private static void holdLock(Connection connection, String nameSql) throws Exception {
        try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(" + nameSql + ", 10)");
             ResultSet taken = lock.executeQuery()) {
            assertTrue(taken.next() && taken.getInt(1) == 1, "the test holds the lock " + nameSql);
        }
    }

    @Test
    void aRunLimitedToADepartmentPrefixChecksOnlyThoseDepartments() {
        String dept = importSample();
        String other = importSample();
        JsonPath run = finishedRun(startRun(dept));
        assertEquals("SUCCEEDED", run.getString("status"), run.prettify());
        assertEquals(dept, run.getString("deptPrefix"));
        // the test departments' codes are unique, so the prefix matches exactly the one budget, not the other
        assertEquals(1, run.getInt("budgetsChecked"), "only " + dept + ", not " + other + ": " + run.prettify());

        asFinanceAdmin().queryParam("deptPrefix", "32-3").when().post("/reconciliation-runs")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("deptPrefix"))
                .body("violations[0].value", equalTo("32-3"));
    }

    @Test
    void aDepartmentYearThatNobodyFiledIsRemovedByTheRunInsteadOfChecked() {
        String dept = importSample();
        // what an asset's event made up before: the year after its acquisition, with the asset and nothing filed
        QuarkusTransaction.requiringNew().run(() -> {
            BudgetReconciliation unfiled = new BudgetReconciliation();
            unfiled.deptCode = dept;
            unfiled.fiscalYear = 2025;
            unfiled.relationsChecked = "";
            unfiled.eventsApplied = 1;
            unfiled.evaluatedAt = Instant.now();
            unfiled.persist();
            RecordProjection asset = new RecordProjection();
            asset.aggregateType = AssetPayload.AGGREGATE_TYPE;
            asset.aggregateId = AssetPayload.aggregateId(dept, "ZC-1");
            asset.deptCode = dept;
            asset.fiscalYear = 2025;
            asset.version = 1;
            asset.occurredAt = Instant.now();
            asset.payload = """
                    {"assetNumber":"ZC-1","name":"办公楼","categoryCode":"1010000","holdingsCategory":"BUILDINGS",
                     "officeSpace":true,"unit":"平方米","quantity":1200,"quantityUnit":"平方米","originalValue":3600000.00,
                     "acquiredOn":"2024-05-01","status":"IN_USE","disposedOn":null}""";
            asset.persist();
        });
        asFinanceAdmin().when().get("/reconciliations/{dept}/2025", dept).then().statusCode(200);

        JsonPath run = finishedRun(startRun(dept));
        assertEquals("SUCCEEDED", run.getString("status"), run.prettify());
        assertEquals(1, run.getInt("budgetsChecked"), "the filed 2024 budget only: " + run.prettify());
        asFinanceAdmin().when().get("/reconciliations/{dept}/2025", dept).then().statusCode(404);
        asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept).then().statusCode(200);
        // the asset stays in the department's register
        long assets = QuarkusTransaction.requiringNew().call(() ->
                RecordProjection.count("aggregateType = ?1 and deptCode = ?2", AssetPayload.AGGREGATE_TYPE, dept));
        assertEquals(1, assets);
    }

    @Test
    void aBudgetAsTheLedgerHoldsItHasTheLedgersDigestsAndDriftChangesThem() throws Exception {
        String dept = importSample();
        DigestComparison asImported = compareDigests(dept);
        assertTrue(asImported.same(dept, 2024, ledger.budgetParts()), "lines, tables and header as the ledger holds them");
        // the other services do not run beside these tests: what they own is never taken as the same
        assertFalse(asImported.same(dept, 2024, performance.budgetParts()));
        assertFalse(asImported.same(dept, BudgetDigest.WHOLE_DEPARTMENT, asset.departmentParts()));

        QuarkusTransaction.requiringNew().run(() ->
                LedgerLineProjection.byAggregate(dept, 2024, dept + ":2024:3:2080109").orElseThrow().version--);
        DigestComparison lineBehind = compareDigests(dept);
        assertFalse(lineBehind.same(dept, 2024, Set.of(LedgerLinePayload.AGGREGATE_TYPE)), "a line a version behind");
        assertTrue(lineBehind.same(dept, 2024, Set.of(LedgerTablePayload.AGGREGATE_TYPE, BudgetDigest.HEADER)));

        QuarkusTransaction.requiringNew().run(() -> BudgetProjection.of(dept, 2024).orElseThrow().deptName = "别的部门");
        assertFalse(compareDigests(dept).same(dept, 2024, Set.of(BudgetDigest.HEADER)), "a header changed behind the consumer's back");

        // the run reads the snapshots of what differs, and repairs it
        JsonPath run = finishedRun(startRun(dept));
        assertEquals("SUCCEEDED", run.getString("status"), run.prettify());
        assertEquals(2, run.getInt("drift[0].stale"), "the line and the header: " + run.prettify());
        assertTrue(compareDigests(dept).same(dept, 2024, ledger.budgetParts()));
    }

    @Test
    void afterARestoreToAnOlderPointTheFullRunRepairsTheDriftTheRestoreLeft() throws Exception {
        String dept = importSample();
        Path dump = Path.of("target", "drill-" + dept + ".sql.gz").toAbsolutePath();
        script("backup.sh", "--databases", "budget_reconciliation_test", "--to", dump.toString());

        // after the backup, a change the consumer applies: 2080106 in table 3 no longer matches table 5 (R05)
        String etag = asFinanceAdmin().baseUri(LedgerServiceResource.baseUri()).when().get("/budgets/{dept}/2024/tables/3", dept)
                .then().statusCode(200).extract().header("ETag");
        asFinanceAdmin().baseUri(LedgerServiceResource.baseUri()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(SampleBudget.table3Json().replace("\"total\": 580.21", "\"total\": 580.22"))
                .when().put("/budgets/{dept}/2024/tables/3", dept).then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept)
                .then().extract().jsonPath().getList("findings.ruleId").contains("R05"));

        // reconciliation's database goes back to before the change; the ledger keeps it, and the event is consumed
        script("restore.sh", dump.toString());
        asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept).then().statusCode(200)
                .body("findings.ruleId", not(hasItems("R05")));

        JsonPath run = finishedRun(startRun(dept));
        assertEquals("SUCCEEDED", run.getString("status"), run.prettify());
        assertTrue(run.getInt("drift[0].stale") >= 1, "the changed line: " + run.prettify());
        asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept).then().statusCode(200)
                .body("findings.ruleId", hasItems("R05"));
    }

    /** Runs one of deploy/local's scripts, and fails the test with its output if it fails. */
    private static void script(String name, String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", Path.of("..", "deploy", "local", name).toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), name + " failed:\n" + output);
    }

    private DigestComparison compareDigests(String dept) throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            return digestCheck.compare(List.of(dept), worker);
        } finally {
            worker.shutdown();
        }
    }

    private static int startRun() {
        return startRun(null);
    }

    /** Starts a run of the departments whose code starts with {@code deptPrefix}, or of all when null. */
    private static int startRun(String deptPrefix) {
        return await().atMost(PATIENCE).until(() -> {
            var request = asFinanceAdmin();
            if (deptPrefix != null) {
                request.queryParam("deptPrefix", deptPrefix);
            }
            var response = request.when().post("/reconciliation-runs");
            return response.statusCode() == 202 ? response.jsonPath().getInt("id") : null;
        }, id -> id != null);
    }

    private static JsonPath finishedRun(int id) {
        await().atMost(PATIENCE).until(() -> !"RUNNING".equals(
                asFinanceAdmin().when().get("/reconciliation-runs/{id}", id).then().statusCode(200).extract().jsonPath().getString("status")));
        return asFinanceAdmin().when().get("/reconciliation-runs/{id}", id).then().extract().jsonPath();
    }

    private static String importSample() {
        String dept = "N" + Long.toString(System.nanoTime(), 36).toUpperCase();
        asFinanceAdmin().baseUri(LedgerServiceResource.baseUri()).contentType(ContentType.JSON).body(SampleBudget.departmentJson(dept))
                .when().post("/departments").then().statusCode(201);
        asFinanceAdmin().baseUri(LedgerServiceResource.baseUri()).contentType(ContentType.JSON).body(SampleBudget.budgetJson(dept))
                .when().put("/budgets/{dept}/2024", dept).then().statusCode(200);
        await().atMost(PATIENCE).until(() -> {
            var response = asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept);
            return response.statusCode() == 200 && response.jsonPath().getInt("eventsApplied") == IMPORT_EVENTS;
        });
        return dept;
    }
}
