package gov.budget.web.problem;

import java.time.DateTimeException;
import java.util.function.Function;

/**
 * An optional query parameter read from its text: null when it is left out (absent or blank), a
 * 400 naming the parameter and the value when it does not parse. Whole numbers
 * ({@link QueryNumberConverters}) and instants ({@code Instants}) are read with it.
 */
public final class QueryValues {

    private QueryValues() {
    }

    /**
     * @param parse    reads the stripped text; a number's or a date's parse failure is the caller's bad input
     * @param expected what the parameter must hold, for the problem's message
     */
    public static <T> T parseOrNull(String name, String value, Function<String, T> parse, String expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeException e) {
            throw InvalidInputException.of(name, value, expected);
        }
    }
}
