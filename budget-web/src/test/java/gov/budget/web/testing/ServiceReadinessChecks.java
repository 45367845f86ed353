package gov.budget.web.testing;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * What every service must show once started: it is ready only with both its database and Kafka, its
 * API is documented, its outbox backlog is served, and Prometheus sees its HTTP latency and outbox.
 * Each service runs these as its own {@code @QuarkusTest ServiceReadinessTest}.
 */
public abstract class ServiceReadinessChecks {

    @Test
    public void readinessCoversTheDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    public void theApiIsDocumented() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("openapi", equalTo("3.1.0"));
    }

    @Test
    public void theOutboxBacklogIsServed() {
        given().when().get("/outbox")
                .then().statusCode(200)
                .body("pending", greaterThanOrEqualTo(0))
                .body("oldestPendingAgeSeconds", greaterThanOrEqualTo(0));
    }

    @Test
    public void prometheusMetricsShowHttpLatencyAndTheOutbox() {
        given().when().get("/outbox").then().statusCode(200);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("budget_outbox_pending "))
                .body(containsString("budget_outbox_oldest_pending_age_seconds "));
    }
}
