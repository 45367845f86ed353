package gov.budget.reconciliation.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static gov.budget.web.testing.Callers.asService;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class ReconciliationResourceTest {

    @Test
    void aBudgetNoEventHasReachedIsAProblem404() {
        asFinanceAdmin().when().get("/reconciliations/{dept}/2024", "NEVERSEEN")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("NEVERSEEN/2024"));
    }

    @Test
    void anotherServiceReadsNoDepartmentsFindingsNorTheRules() {
        asService().when().get("/reconciliations/{dept}/2024", "NEVERSEEN").then().statusCode(403)
                .contentType("application/problem+json");
        asService().when().get("/reconciliations/{dept}/2024/findings", "NEVERSEEN").then().statusCode(403);
        asService().when().get("/reconciliations").then().statusCode(403);
        asService().when().get("/rules").then().statusCode(403);
    }

    @Test
    void aPageBeyondAnyDataIsRefusedWith400NotAnOverflow() {
        asFinanceAdmin().queryParam("page", 999999999).when().get("/reconciliation-runs")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("page")).body("violations[0].value", equalTo("999999999"));
        asFinanceAdmin().queryParam("page", 21474837).queryParam("size", 100).when().get("/reconciliations/{dept}/2024/findings", "323")
                .then().statusCode(400).body("violations[0].field", equalTo("page"));
        asFinanceAdmin().queryParam("year", 2024).queryParam("page", 999999999).when().get("/reconciliations")
                .then().statusCode(400).body("violations[0].field", equalTo("page"));
        asFinanceAdmin().queryParam("page", 1_000_000).queryParam("size", 500).when().get("/reconciliation-runs")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aQueryParameterThatIsNotANumberIsA400NamingIt() {
        asFinanceAdmin().queryParam("limit", "abc").when().get("/audit/{dept}/2024", "323")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("limit")).body("violations[0].value", equalTo("abc"));
        asFinanceAdmin().queryParam("afterId", "abc").when().get("/audit/{dept}/2024", "323")
                .then().statusCode(400).body("violations[0].field", equalTo("afterId"));
    }

    @Test
    void aYearThatIsNotANumberIsAProblem404() {
        asFinanceAdmin().when().get("/reconciliations/323/twenty")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("instance", equalTo("/reconciliations/323/twenty"));
    }

    @Test
    void theConsumerLagCoversEveryPartitionOfTheLedgerTopicAndDrainsToZero() {
        asFinanceAdmin().when().get("/reconciliations/consumer-lag")
                .then().statusCode(200)
                .body("groupId", equalTo("budget-reconciliation-test"))
                .body("partitions.findAll { it.topic == 'test.budget.ledger.v1' }.partition", hasItems(0, 1, 2));

        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonPath lag = asFinanceAdmin().when().get("/reconciliations/consumer-lag").then().statusCode(200).extract().jsonPath();
            return lag.getLong("totalLag") == 0 && lag.getLong("pendingEvaluations") == 0 && lag.get("oldestPendingSince") == null;
        });
    }

    @Test
    void theActiveRuleSetsAreListedWithEveryRelationAndWhatItReads() {
        asFinanceAdmin().queryParam("template", "hebei-2024").queryParam("year", 2024)
                .when().get("/rules")
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].id", equalTo("hebei-2024"))
                .body("[0].profile", equalTo("hebei"))
                .body("[0].rules.id", hasItems("R01", "R05", "R06", "R14", "R18", "R19", "R20", "R28"))
                .body("[0].rules.find { it.id == 'R14' }.comparison", equalTo("actual <= expected"))
                .body("[0].rules.find { it.id == 'R14' }.alsoFlag[0].severity", equalTo("INFO"))
                .body("[0].rules.find { it.id == 'R16' }.severity", equalTo("WARNING"))
                .body("[0].rules.find { it.id == 'R05' }.inputs", hasItems("ledger/table:3", "ledger/table:5"))
                .body("[0].rules.find { it.id == 'R19' }.tolerance", equalTo("ROUNDED"))
                .body("[0].rules.find { it.id == 'R01' }.title", containsString("本年收入合计"));
        asFinanceAdmin().when().get("/rules").then().statusCode(200).body("id", hasItems("hebei-2024", "shanghai-2024"));
        asFinanceAdmin().queryParam("year", 2023).when().get("/rules").then().statusCode(200).body("size()", equalTo(0));
    }
}
