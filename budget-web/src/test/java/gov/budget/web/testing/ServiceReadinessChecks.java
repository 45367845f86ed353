package gov.budget.web.testing;

import gov.budget.web.security.VerifiedTokenCache;
import io.quarkus.arc.Arc;
import io.smallrye.jwt.auth.principal.JWTParser;
import org.junit.jupiter.api.Test;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import static gov.budget.web.testing.Callers.as;
import static gov.budget.web.testing.Callers.asDeptEditor;
import static gov.budget.web.testing.Callers.asFinanceViewer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * What every service must show once started: it is ready only with both its database and Kafka, its
 * API is documented, its outbox backlog is served, Prometheus sees its HTTP latency and outbox, and
 * its API answers only to a valid bearer token with a role that allows the call.
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
    public void livenessCoversTheOutboxRelay() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Outbox relay"));
    }

    @Test
    public void theApiIsDocumented() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("openapi", equalTo("3.1.0"));
    }

    @Test
    public void theOutboxBacklogIsServed() {
        asFinanceViewer().when().get("/outbox")
                .then().statusCode(200)
                .body("pending", greaterThanOrEqualTo(0))
                .body("oldestPendingAgeSeconds", greaterThanOrEqualTo(0));
    }

    @Test
    public void prometheusMetricsShowHttpLatencyAndTheOutbox() {
        asFinanceViewer().when().get("/outbox").then().statusCode(200);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("budget_outbox_pending "))
                .body(containsString("budget_outbox_oldest_pending_age_seconds "));
    }

    @Test
    public void healthAndTheApiDocumentStayOpenWithoutAToken() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    public void noTokenIsRefusedWith401AndAProblemBody() {
        given().when().get("/outbox")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("instance", equalTo("/outbox"));
    }

    @Test
    public void aTokenSignedWithAnotherKeyIsRefusedWith401() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = TestTokens.builder("intruder", List.of("finance-admin"), List.of())
                .sign(generator.generateKeyPair().getPrivate());
        as(forged).when().get("/outbox").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    public void aTokenOfAnotherIssuerIsRefusedWith401() {
        String token = TestTokens.builder("test-admin", List.of("finance-admin"), List.of())
                .issuer("https://elsewhere.example/issuer").sign(TestSigningKeys.privateKey());
        as(token).when().get("/outbox").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    public void aTokenForAnotherAudienceIsRefusedWith401() {
        String token = TestTokens.builder("test-admin", List.of("finance-admin"), List.of())
                .audience("another-platform").sign(TestSigningKeys.privateKey());
        as(token).when().get("/outbox").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    public void anExpiredTokenIsRefusedWith401() {
        String token = TestTokens.builder("test-admin", List.of("finance-admin"), List.of())
                .expiredSecondsAgo(3600).sign(TestSigningKeys.privateKey());
        as(token).when().get("/outbox").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    public void aTokenIssuedInTheFutureIsRefusedWith401() {
        String token = TestTokens.builder("test-admin", List.of("finance-admin"), List.of())
                .issuedSecondsFromNow(3600).sign(TestSigningKeys.privateKey());
        as(token).when().get("/outbox").then().statusCode(401).contentType("application/problem+json");
        String withinSkew = TestTokens.builder("test-admin", List.of("finance-admin"), List.of())
                .issuedSecondsFromNow(30).sign(TestSigningKeys.privateKey());
        as(withinSkew).when().get("/outbox").then().statusCode(200);
    }

    @Test
    public void aUserTokenMayLiveTwelveHoursAndAServiceTokenThirtyDays() {
        long hour = 3600;
        String userForTwelveHours = TestTokens.builder("test-admin", List.of("finance-admin"), List.of())
                .livesSeconds(12 * hour).sign(TestSigningKeys.privateKey());
        as(userForTwelveHours).when().get("/outbox").then().statusCode(200);
        String userForFiftyYears = TestTokens.builder("test-admin", List.of("finance-admin"), List.of())
                .livesSeconds(50L * 365 * 24 * hour).sign(TestSigningKeys.privateKey());
        as(userForFiftyYears).when().get("/outbox").then().statusCode(401).contentType("application/problem+json");
        String userForADay = TestTokens.builder("test-admin", List.of("finance-admin"), List.of())
                .livesSeconds(24 * hour).sign(TestSigningKeys.privateKey());
        as(userForADay).when().get("/outbox").then().statusCode(401);
        // a service token is authenticated for thirty days (and then refused the outbox by its role), not for thirty-one
        String serviceForThirtyDays = TestTokens.builder("budget-platform", List.of("service"), List.of())
                .livesSeconds(30 * 24 * hour).sign(TestSigningKeys.privateKey());
        as(serviceForThirtyDays).when().get("/outbox").then().statusCode(403);
        String serviceForThirtyOneDays = TestTokens.builder("budget-platform", List.of("service"), List.of())
                .livesSeconds(31 * 24 * hour).sign(TestSigningKeys.privateKey());
        as(serviceForThirtyOneDays).when().get("/outbox").then().statusCode(401);
    }

    @Test
    public void aTokenSentAgainIsRememberedYetCheckedAgainForItsLifetimeAndRole() {
        // the service authenticates with the parser that remembers verified tokens
        assertInstanceOf(VerifiedTokenCache.class, Arc.container().instance(JWTParser.class).get());
        long hour = 3600;
        String userForADay = TestTokens.builder("test-admin", List.of("finance-admin"), List.of())
                .livesSeconds(24 * hour).sign(TestSigningKeys.privateKey());
        String serviceForThirtyDays = TestTokens.builder("budget-platform", List.of("service"), List.of())
                .livesSeconds(30 * 24 * hour).sign(TestSigningKeys.privateKey());
        for (int call = 1; call <= 2; call++) {
            as(userForADay).when().get("/outbox").then().statusCode(401).contentType("application/problem+json");
            as(serviceForThirtyDays).when().get("/outbox").then().statusCode(403);
            asFinanceViewer().when().get("/outbox").then().statusCode(200);
        }
    }

    @Test
    public void aGarbledTokenIsRefusedWith401() {
        as("not.a.token").when().get("/outbox").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    public void aRoleThatDoesNotAllowTheCallIsRefusedWith403AndNoData() {
        asDeptEditor("323").when().get("/outbox")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("pending", nullValue());
        asFinanceViewer().when().get("/audit/323/2024")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }
}
