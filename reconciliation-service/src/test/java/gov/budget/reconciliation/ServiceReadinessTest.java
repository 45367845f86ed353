package gov.budget.reconciliation;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** The service starts, migrates its database, and is ready only with both the database and Kafka. */
@QuarkusTest
class ServiceReadinessTest {

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void theApiIsDocumented() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("openapi", equalTo("3.1.0"));
    }

    @Test
    void prometheusMetricsShowFindingsTheLastRunAndTheOutbox() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("budget_findings_open{severity=\"ERROR\"}"))
                .body(containsString("budget_change_to_finding_seconds_count"))
                .body(containsString("budget_nightly_last_duration_seconds "))
                .body(containsString("budget_nightly_last_drift{service=\"ledger\"}"))
                .body(containsString("budget_outbox_pending "));
    }
}
