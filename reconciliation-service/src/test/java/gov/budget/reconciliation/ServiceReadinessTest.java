package gov.budget.reconciliation;

import gov.budget.web.testing.ServiceReadinessChecks;
import gov.budget.web.testing.TestSecurityResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** The service starts, migrates its database, and is ready only with both the database and Kafka. */
@QuarkusTest
// every test of this module runs against the module's test signing key
@WithTestResource(value = TestSecurityResource.class, scope = TestResourceScope.GLOBAL)
class ServiceReadinessTest extends ServiceReadinessChecks {

    @Test
    void livenessCoversTheChangeEventConsumer() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Change-event consumer' }.status", equalTo("UP"))
                .body("checks.name", hasItems("Change-event consumer", "Outbox relay"));
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
