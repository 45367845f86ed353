package gov.budget.web.testing;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/**
 * rest-assured requests sent with a role's bearer token. Their answers' decimal numbers are read as
 * BigDecimal, as amounts must be ({@link JsonAmounts#amount}), not as rest-assured's default float.
 */
public final class Callers {

    private Callers() {
    }

    /** The finance bureau's administrator, who may do everything; the default caller of functional tests. */
    public static RequestSpecification asFinanceAdmin() {
        return as(TestTokens.financeAdmin());
    }

    public static RequestSpecification asFinanceViewer() {
        return as(TestTokens.financeViewer());
    }

    public static RequestSpecification asDeptEditor(String... depts) {
        return as(TestTokens.deptEditor("editor-" + String.join("-", depts), depts));
    }

    public static RequestSpecification asService() {
        return as(TestTokens.service());
    }

    public static RequestSpecification as(String token) {
        return RestAssured.given()
                .config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .auth().oauth2(token);
    }
}
