package gov.budget.reconciliation.flow;

import gov.budget.reconciliation.SampleBudget;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One ledger change, end to end: a REST call to the real ledger service, its outbox, the real
 * broker, this service's consumer, and the finding read back from this service's API.
 */
@QuarkusTest
class ChangeToFindingFlowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private static LedgerServiceProcess ledger;

    @BeforeAll
    static void startLedger() throws IOException {
        ledger = LedgerServiceProcess.start();
    }

    @AfterAll
    static void stopLedger() throws InterruptedException {
        if (ledger != null) {
            ledger.close();
        }
    }

    @Test
    void aOneCentChangeRaisesR05AndR06AndChangingItBackResolvesBoth() throws IOException {
        String dept = freshDept();
        putTable3(dept, seed());
        awaitEventsApplied(dept, 34);
        given().when().get("/reconciliations/{dept}/2024", dept)
                .then().statusCode(200)
                .body("summary.ERROR", equalTo(0))
                .body("relationsChecked", equalTo(List.of("R05", "R06")));

        putTable3(dept, seed().replace("\"total\": 580.21", "\"total\": 580.22"));
        awaitEventsApplied(dept, 35);
        JsonPath broken = findings(dept);
        assertEquals(2, broken.getInt("summary.ERROR"));
        Map<String, Object> r05 = broken.getMap("findings.find { it.ruleId == 'R05' }");
        assertEquals("ERROR", r05.get("severity"));
        assertEquals(3, r05.get("table"));
        assertEquals("2080106", r05.get("rowCode"));
        assertEquals("total", r05.get("column"));
        assertEquals("580.21", broken.getString("findings.find { it.ruleId == 'R05' }.expected"));
        assertEquals("580.22", broken.getString("findings.find { it.ruleId == 'R05' }.actual"));
        assertEquals("0.01", broken.getString("findings.find { it.ruleId == 'R05' }.difference"));
        assertEquals("20801", broken.getString("findings.find { it.ruleId == 'R06' }.rowCode"));
        assertEquals("ERROR", broken.getString("findings.find { it.ruleId == 'R06' }.severity"));

        putTable3(dept, seed());
        awaitEventsApplied(dept, 36);
        given().when().get("/reconciliations/{dept}/2024", dept)
                .then().statusCode(200)
                .body("summary.ERROR", equalTo(0))
                .body("findings.size()", equalTo(0));
    }

    @Test
    void writesWhileTheBrokerIsDownWaitInTheOutboxAndEachIsAppliedOnceAfterItReturns() throws Exception {
        String dept = freshDept();
        putTable3(dept, seed());
        awaitEventsApplied(dept, 34);
        await().atMost(PATIENCE).until(() -> pendingInOutbox() == 0);

        List<String> totals = List.of("580.22", "580.23", "580.24", "580.25", "580.21");
        LocalBroker.stop();
        try {
            for (String total : totals) {
                putTable3(dept, seed().replace("\"total\": 580.21", "\"total\": " + total));
            }
            // each write's events wait in the outbox: the changed row's and its table's
            assertEquals(2 * totals.size(), pendingInOutbox(), "every write is kept in the outbox while Kafka is down");
        } finally {
            LocalBroker.start();
        }

        await().atMost(PATIENCE).until(() -> pendingInOutbox() == 0);
        awaitEventsApplied(dept, 34 + totals.size());
        given().when().get("/reconciliations/{dept}/2024", dept)
                .then().statusCode(200)
                // the last write restored the published 580.21, so nothing is wrong and nothing was lost
                .body("summary.ERROR", equalTo(0))
                .body("eventsApplied", equalTo(34 + totals.size()));
    }

    /** Replaces table 3 as an editor would: with the ETag of the version just read. */
    private static void putTable3(String dept, String body) {
        String etag = given().baseUri(ledger.baseUri()).when().get("/budgets/{dept}/2024/tables/3", dept)
                .then().statusCode(200).extract().header("ETag");
        given().baseUri(ledger.baseUri()).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().put("/budgets/{dept}/2024/tables/3", dept)
                .then().statusCode(200);
    }

    private static long pendingInOutbox() {
        return given().baseUri(ledger.baseUri()).when().get("/outbox")
                .then().statusCode(200).extract().jsonPath().getLong("pending");
    }

    /** Waits until exactly this many events of the budget were applied, and fails if more ever are. */
    private static void awaitEventsApplied(String dept, int expected) {
        await().atMost(PATIENCE).until(() -> eventsApplied(dept) >= expected);
        assertEquals(expected, eventsApplied(dept), "events applied to " + dept);
    }

    private static long eventsApplied(String dept) {
        var response = given().when().get("/reconciliations/{dept}/2024", dept);
        return response.statusCode() == 200 ? response.jsonPath().getLong("eventsApplied") : 0;
    }

    private static JsonPath findings(String dept) {
        return given().when().get("/reconciliations/{dept}/2024", dept).then().statusCode(200).extract().jsonPath();
    }

    private static String seed() {
        return SampleBudget.table3Json();
    }

    /** A department and its empty 2024 budget in the ledger, under a code no other run uses. */
    private static String freshDept() {
        String dept = "F" + Long.toString(System.nanoTime(), 36).toUpperCase();
        given().baseUri(ledger.baseUri()).contentType(ContentType.JSON).body(SampleBudget.departmentJson(dept))
                .when().post("/departments").then().statusCode(201);
        given().baseUri(ledger.baseUri()).contentType(ContentType.JSON)
                .body("{\"deptCode\": \"" + dept + "\", \"fiscalYear\": 2024}")
                .when().post("/budgets").then().statusCode(201);
        return dept;
    }
}
