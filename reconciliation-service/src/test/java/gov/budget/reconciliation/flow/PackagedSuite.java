package gov.budget.reconciliation.flow;

import gov.budget.reconciliation.SampleBudget;
import gov.budget.web.testing.PackagedService;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.common.utils.Utils;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the tests of packaged instances do to the ledger and ask of a reconciliation instance: load
 * the sample budget, break one cell, read a budget's findings and how many events it applied.
 */
final class PackagedSuite {

    /** The sample's import: the budget's creation, 225 rows, nine tables and the narrative. */
    static final int IMPORT_EVENTS = 1 + 225 + 9 + 1;
    /** A change to one cell of table 3: the row and the table. */
    static final int CHANGE_EVENTS = 2;
    /** As infra.sh creates the topics. */
    static final int PARTITIONS = 3;
    static final Duration PATIENCE = Duration.ofSeconds(180);

    private PackagedSuite() {
    }

    /** Stops the services that were started, in the order given. */
    static void stop(PackagedService... services) {
        for (PackagedService service : services) {
            if (service != null) {
                service.close();
            }
        }
    }

    /** Imports the sample into a new department and, if asked, changes one cell of table 3 by one cent. */
    static void load(PackagedService ledger, String dept, boolean breakIt) {
        asFinanceAdmin().baseUri(ledger.baseUri()).contentType(ContentType.JSON).body(SampleBudget.budgetJson(dept))
                .when().put("/budgets/{dept}/2024", dept)
                .then().statusCode(200);
        if (breakIt) {
            breakCell(ledger, dept);
        }
    }

    /** Changes one cell of table 3 by one cent, which R05 flags. */
    static void breakCell(PackagedService ledger, String dept) {
        String etag = asFinanceAdmin().baseUri(ledger.baseUri()).when().get("/budgets/{dept}/2024/tables/3", dept)
                .then().statusCode(200).extract().header("ETag");
        asFinanceAdmin().baseUri(ledger.baseUri()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(SampleBudget.table3Json().replace("\"total\": 580.21", "\"total\": 580.22"))
                .when().put("/budgets/{dept}/2024/tables/3", dept)
                .then().statusCode(200);
    }

    /** Waits until each budget has exactly this many events applied in the instance, and fails if one has more. */
    static void awaitApplied(PackagedService instance, List<String> depts, int expected) {
        for (String dept : depts) {
            await().atMost(PATIENCE).until(() -> eventsApplied(instance, dept) >= expected);
            assertEquals(expected, eventsApplied(instance, dept), "events applied to " + dept);
        }
    }

    static long eventsApplied(PackagedService instance, String dept) {
        Response response = asFinanceAdmin().baseUri(instance.baseUri()).when().get("/reconciliations/{dept}/2024", dept);
        return response.statusCode() == 200 ? response.jsonPath().getLong("eventsApplied") : 0;
    }

    /** Waits until the service's relay has published everything in its outbox. */
    static void awaitOutboxEmpty(PackagedService service) {
        await().atMost(PATIENCE).until(() -> asFinanceAdmin().baseUri(service.baseUri()).when().get("/outbox")
                .then().statusCode(200).extract().jsonPath().getLong("pending") == 0);
    }

    /** A budget's findings without their ids and times: rule, place, severity, status and the numbers. */
    static List<String> findings(PackagedService instance, String dept) {
        List<Map<String, Object>> findings = asFinanceAdmin().baseUri(instance.baseUri()).when().get("/reconciliations/{dept}/2024", dept)
                .then().statusCode(200).extract().jsonPath().getList("findings");
        return findings.stream()
                .map(f -> f.get("ruleId") + "|" + f.get("location") + "|" + f.get("severity") + "|" + f.get("status")
                        + "|" + f.get("expected") + "|" + f.get("actual"))
                .sorted()
                .toList();
    }

    /** Change events the instance has consumed, from its Prometheus counter. */
    static double consumed(PackagedService instance) {
        String metrics = asFinanceAdmin().baseUri(instance.baseUri()).when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("budget_events_consumed_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /**
     * How far the instance is from current findings: its consumer group's lag behind the end of the
     * change topics, plus the budgets whose evaluation waits.
     */
    static long lag(PackagedService instance) {
        Response response = asFinanceAdmin().baseUri(instance.baseUri()).when().get("/reconciliations/consumer-lag");
        return response.statusCode() == 200
                ? response.jsonPath().getLong("totalLag") + response.jsonPath().getLong("pendingEvaluations") : -1;
    }

    /** A new department whose budget's events go to the given partition of the change topics. */
    static String freshDept(PackagedService ledger, String prefix, int partition) {
        String dept;
        do {
            dept = prefix + Long.toString(System.nanoTime(), 36).toUpperCase();
        } while (partitionOf(dept) != partition);
        asFinanceAdmin().baseUri(ledger.baseUri()).contentType(ContentType.JSON).body(SampleBudget.departmentJson(dept))
                .when().post("/departments").then().statusCode(201);
        return dept;
    }

    /** Kafka's default partitioner for the budget key {@code dept:2024}. */
    private static int partitionOf(String dept) {
        byte[] key = (dept + ":2024").getBytes(StandardCharsets.UTF_8);
        return Utils.toPositive(Utils.murmur2(key)) % PARTITIONS;
    }
}
