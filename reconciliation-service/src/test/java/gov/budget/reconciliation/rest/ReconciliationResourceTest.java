package gov.budget.reconciliation.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static gov.budget.web.testing.Callers.asFinanceAdmin;
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

        await().atMost(Duration.ofSeconds(60)).until(() ->
                asFinanceAdmin().when().get("/reconciliations/consumer-lag").then().statusCode(200)
                        .extract().jsonPath().getLong("totalLag") == 0);
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
