package gov.budget.ledger.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static gov.budget.web.testing.Callers.asFinanceViewer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** CORS with an allow-list, as an operator sets it with BUDGET_CORS_ORIGINS. */
@QuarkusTest
@TestProfile(CorsTest.DashboardOrigin.class)
class CorsTest {

    static final String DASHBOARD = "https://dashboard.example.gov.cn";

    public static class DashboardOrigin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.origins", DASHBOARD);
        }
    }

    @Test
    void theListedOriginsPreflightIsAnsweredWithWhatABrowserMaySend() {
        given().header("Origin", DASHBOARD)
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match,prefer")
                .when().options("/budgets/323/2024/tables/3/rows/2080106")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(DASHBOARD))
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", allOf(containsString("If-Match"), containsString("Prefer")));
        asFinanceViewer().header("Origin", DASHBOARD).when().get("/departments")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(DASHBOARD))
                .header("Access-Control-Expose-Headers", allOf(containsString("ETag"), containsString("Preference-Applied")));
    }

    @Test
    void anOriginNotListedIsNotAllowed() {
        given().header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/departments")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
