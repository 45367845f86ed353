package gov.budget.reconciliation.flow;

import gov.budget.reconciliation.SampleBudget;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scale-out, shown on one machine: two packaged instances of this service in one consumer group
 * split the partitions of the change topics. A second instance joins while budgets keep arriving;
 * every event is applied exactly once, and each budget's findings equal those one instance alone
 * produced for the same data.
 */
class ScaleOutIT {

    /** The sample's import: the budget's creation, 225 rows, nine tables and the narrative. */
    private static final int IMPORT_EVENTS = 1 + 225 + 9 + 1;
    /** A change to one cell of table 3: the row and the table. */
    private static final int CHANGE_EVENTS = 2;
    /** As infra.sh creates the topics. */
    private static final int PARTITIONS = 3;
    private static final Duration PATIENCE = Duration.ofSeconds(180);

    private static ServiceProcess ledger;
    private static ServiceProcess first;
    private static ServiceProcess second;

    @BeforeAll
    static void start() throws Exception {
        ledger = ServiceProcess.ledger();
        first = ServiceProcess.reconciliation("first");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (ServiceProcess service : new ServiceProcess[] {second, first, ledger}) {
            if (service != null) {
                service.close();
            }
        }
    }

    @Test
    void twoInstancesSplitThePartitionsAndApplyEveryEventOnceThroughARebalance() throws Exception {
        // what one instance alone makes of a clean budget and of one with a one-cent error
        String cleanAlone = freshDept(0);
        String brokenAlone = freshDept(1);
        load(cleanAlone, false);
        load(brokenAlone, true);
        awaitApplied(List.of(cleanAlone), IMPORT_EVENTS);
        awaitApplied(List.of(brokenAlone), IMPORT_EVENTS + CHANGE_EVENTS);
        List<String> cleanFindings = findings(cleanAlone);
        List<String> brokenFindings = findings(brokenAlone);
        assertTrue(cleanFindings.isEmpty(), "the sample is consistent: " + cleanFindings);
        assertTrue(brokenFindings.stream().anyMatch(f -> f.startsWith("R05|3:2080106:total|ERROR")), brokenFindings.toString());

        // budgets keep arriving while the second instance starts and joins the group
        List<String> clean = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        AtomicBoolean joined = new AtomicBoolean();
        ExecutorService loader = Executors.newSingleThreadExecutor();
        CompletableFuture<Void> loading = CompletableFuture.runAsync(() -> {
            int n = 0;
            // at least one budget per partition after the join, so the newcomer's share is never empty
            int afterJoin = 0;
            while (afterJoin < 2 * PARTITIONS) {
                boolean breakIt = n % 2 == 1;
                String dept = freshDept(n % PARTITIONS);
                load(dept, breakIt);
                (breakIt ? broken : clean).add(dept);
                n++;
                if (joined.get()) {
                    afterJoin++;
                }
            }
        }, loader);
        second = ServiceProcess.reconciliation("second");
        await().atMost(PATIENCE).until(() -> consumed(second) > 0 || loading.isDone());
        joined.set(true);
        loading.get(5, TimeUnit.MINUTES);
        loader.shutdown();

        // every event applied once: no budget is short of an event, and none has one twice
        awaitApplied(clean, IMPORT_EVENTS);
        awaitApplied(broken, IMPORT_EVENTS + CHANGE_EVENTS);
        for (String dept : clean) {
            assertEquals(cleanFindings, findings(dept), "findings of clean budget " + dept);
        }
        for (String dept : broken) {
            assertEquals(brokenFindings, findings(dept), "findings of broken budget " + dept);
        }
        // both instances did part of the work, and the first gave up partitions when the second joined
        assertTrue(consumed(first) > 0, "the first instance consumed nothing");
        assertTrue(consumed(second) > 0, "the second instance consumed nothing");
        assertTrue(first.log().lines().filter(line -> line.contains("assigned partitions")).count() >= 2,
                "the first instance was never reassigned partitions");
    }

    /** Imports the sample into a new department and, if asked, changes one cell of table 3 by one cent. */
    private static void load(String dept, boolean breakIt) {
        asFinanceAdmin().baseUri(ledger.baseUri()).contentType(ContentType.JSON).body(SampleBudget.budgetJson(dept))
                .when().put("/budgets/{dept}/2024", dept)
                .then().statusCode(200);
        if (breakIt) {
            String etag = asFinanceAdmin().baseUri(ledger.baseUri()).when().get("/budgets/{dept}/2024/tables/3", dept)
                    .then().statusCode(200).extract().header("ETag");
            asFinanceAdmin().baseUri(ledger.baseUri()).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(SampleBudget.table3Json().replace("\"total\": 580.21", "\"total\": 580.22"))
                    .when().put("/budgets/{dept}/2024/tables/3", dept)
                    .then().statusCode(200);
        }
    }

    /** Waits until each budget has exactly this many events applied, and fails if one has more. */
    private static void awaitApplied(List<String> depts, int expected) {
        for (String dept : depts) {
            await().atMost(PATIENCE).until(() -> eventsApplied(dept) >= expected);
            assertEquals(expected, eventsApplied(dept), "events applied to " + dept);
        }
    }

    private static long eventsApplied(String dept) {
        Response response = asFinanceAdmin().baseUri(first.baseUri()).when().get("/reconciliations/{dept}/2024", dept);
        return response.statusCode() == 200 ? response.jsonPath().getLong("eventsApplied") : 0;
    }

    /** A budget's findings without their ids and times: rule, place, severity, status and the numbers. */
    private static List<String> findings(String dept) {
        List<Map<String, Object>> findings = asFinanceAdmin().baseUri(first.baseUri()).when().get("/reconciliations/{dept}/2024", dept)
                .then().statusCode(200).extract().jsonPath().getList("findings");
        return findings.stream()
                .map(f -> f.get("ruleId") + "|" + f.get("location") + "|" + f.get("severity") + "|" + f.get("status")
                        + "|" + f.get("expected") + "|" + f.get("actual"))
                .sorted()
                .toList();
    }

    /** Change events this instance has consumed, from its Prometheus counter. */
    private static double consumed(ServiceProcess instance) {
        String metrics = asFinanceAdmin().baseUri(instance.baseUri()).when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("budget_events_consumed_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** A new department whose budget's events go to the given partition of the change topics. */
    private static String freshDept(int partition) {
        String dept;
        do {
            dept = "S" + Long.toString(System.nanoTime(), 36).toUpperCase();
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
