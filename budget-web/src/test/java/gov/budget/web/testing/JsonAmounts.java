package gov.budget.web.testing;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ExtractableResponse;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * An answer's amounts read as the services write them, as BigDecimal: never through a float, which
 * rest-assured reads JSON numbers as by default. {@link Callers} reads every answer's numbers as
 * BigDecimal, so that {@link #amount} can check an amount in a {@code body(…)} assertion.
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

    /**
     * Matches an amount read as BigDecimal that equals {@code expected}, whatever the scale it was
     * written with; an amount read as a float or double does not match, as it may have lost cents.
     */
    public static Matcher<Object> amount(String expected) {
        BigDecimal wanted = new BigDecimal(expected);
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(Object actual, Description mismatch) {
                if (!(actual instanceof BigDecimal decimal)) {
                    mismatch.appendText("was not read as a BigDecimal: ").appendValue(actual);
                    return false;
                }
                if (decimal.compareTo(wanted) != 0) {
                    mismatch.appendText("was ").appendValue(decimal);
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("the amount ").appendText(expected);
            }
        };
    }
}
