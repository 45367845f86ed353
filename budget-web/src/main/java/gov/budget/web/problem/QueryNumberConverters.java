package gov.budget.web.problem;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * Whole-number query parameters ({@code ?limit=abc}, {@code ?year=abc}): a value that is not a
 * number is a bad request naming the parameter and the value, not the 404 that JAX-RS answers for
 * a query parameter it cannot convert.
 */
@Provider
public class QueryNumberConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryParameter(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new WholeNumber<>(name, Integer::valueOf);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new WholeNumber<>(name, Long::valueOf);
        }
        return null;
    }

    /**
     * A whole-number query parameter read from its text: null when it is left out, 400 naming the
     * parameter and the value when it is not a whole number. Parameters taken as text (a page, a year
     * that defaults) are read with this, as typed ones are by the converter.
     */
    public static Integer wholeNumber(String name, String value) {
        return parse(name, value, Integer::valueOf);
    }

    private static <N extends Number> N parse(String name, String value, Function<String, N> parse) {
        return QueryValues.parseOrNull(name, value, parse, "a whole number is required");
    }

    private static String queryParameter(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }

    /** Refuses what is not a whole number; JAX-RS wraps the refusal, and {@link ProblemMappers} answers it as 400. */
    private record WholeNumber<N extends Number>(String name, Function<String, N> parse) implements ParamConverter<N> {

        @Override
        public N fromString(String value) {
            return QueryNumberConverters.parse(name, value, parse);
        }

        @Override
        public String toString(N value) {
            return value == null ? null : value.toString();
        }
    }
}
