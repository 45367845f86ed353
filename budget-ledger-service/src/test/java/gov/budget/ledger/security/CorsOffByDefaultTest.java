package gov.budget.ledger.security;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static gov.budget.web.testing.Callers.asFinanceViewer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

/** Without BUDGET_CORS_ORIGINS no other origin may call the API from a browser. */
@QuarkusTest
class CorsOffByDefaultTest {

    @Test
    void noOriginIsAllowedUntilOneIsListed() {
        given().header("Origin", "https://dashboard.example.gov.cn")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/departments")
                .then().header("Access-Control-Allow-Origin", nullValue());
        asFinanceViewer().header("Origin", "https://dashboard.example.gov.cn").when().get("/departments")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
