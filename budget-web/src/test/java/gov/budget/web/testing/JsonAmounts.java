package gov.budget.web.testing;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ExtractableResponse;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * An answer's amounts read as the services write them, as BigDecimal: never through a float, which
 * rest-assured reads JSON numbers as by default.
 */
public final class JsonAmounts {

    private static final JsonPathConfig BIG_DECIMALS = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private JsonAmounts() {
    }

    /** The answer's body, its numbers read as BigDecimal. */
    public static JsonPath of(ExtractableResponse<?> response) {
        return response.jsonPath(BIG_DECIMALS);
    }

    /** Asserts that the amount at {@code path} equals {@code expected}, whatever the scale it was written with. */
    public static void assertAmount(String expected, JsonPath json, String path) {
        BigDecimal actual = json.getObject(path, BigDecimal.class);
        assertNotNull(actual, path + " holds no amount");
        assertEquals(0, new BigDecimal(expected).compareTo(actual), path + ": expected " + expected + ", got " + actual);
    }
}
