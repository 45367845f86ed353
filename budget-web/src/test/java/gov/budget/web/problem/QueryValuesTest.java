package gov.budget.web.problem;

import gov.budget.contracts.problem.FieldViolation;
import gov.budget.web.Instants;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Optional query values: left out is null, a value is read stripped, and one that does not parse is refused by name and value. */
class QueryValuesTest {

    @Test
    void aValueLeftOutIsNull() {
        assertNull(QueryNumberConverters.wholeNumber("year", null));
        assertNull(QueryNumberConverters.wholeNumber("year", "  "));
        assertNull(Instants.parseOrNull("changedSince", ""));
    }

    @Test
    void aValueIsReadStripped() {
        assertEquals(2024, QueryNumberConverters.wholeNumber("year", " 2024 "));
        assertEquals(Instant.parse("2024-01-31T18:00:00Z"), Instants.parseOrNull("changedSince", "2024-01-31T18:00:00Z "));
    }

    @Test
    void aValueThatDoesNotParseIsRefusedByNameAndValue() {
        FieldViolation number = refusal(() -> QueryNumberConverters.wholeNumber("year", "20x4"));
        assertEquals("year", number.field());
        assertEquals("20x4", number.value());
        assertEquals("a whole number is required", number.message());

        FieldViolation instant = refusal(() -> Instants.parseOrNull("changedSince", "yesterday"));
        assertEquals("changedSince", instant.field());
        assertEquals("yesterday", instant.value());
        assertEquals("an ISO-8601 instant such as 2024-01-31T18:00:00Z", instant.message());
    }

    private static FieldViolation refusal(Runnable read) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, read::run);
        assertEquals(1, refused.violations().size());
        return refused.violations().get(0);
    }
}
