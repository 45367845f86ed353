package gov.budget.reconciliation.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class ReconciliationResourceTest {

    @Test
    void aBudgetNoEventHasReachedIsAProblem404() {
        given().when().get("/reconciliations/{dept}/2024", "NEVERSEEN")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("NEVERSEEN/2024"));
    }

    @Test
    void aYearThatIsNotANumberIsAProblem404() {
        given().when().get("/reconciliations/323/twenty")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("instance", equalTo("/reconciliations/323/twenty"));
    }

    @Test
    void theConsumerLagCoversEveryPartitionOfTheLedgerTopicAndDrainsToZero() {
        given().when().get("/reconciliations/consumer-lag")
                .then().statusCode(200)
                .body("groupId", equalTo("budget-reconciliation-test"))
                .body("partitions.findAll { it.topic == 'test.budget.ledger.v1' }.partition", hasItems(0, 1, 2));

        await().atMost(Duration.ofSeconds(60)).until(() ->
                given().when().get("/reconciliations/consumer-lag").then().statusCode(200)
                        .extract().jsonPath().getLong("totalLag") == 0);
    }
}
