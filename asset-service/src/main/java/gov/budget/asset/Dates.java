package gov.budget.asset;

import gov.budget.web.problem.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** ISO dates in URLs and bodies; a wrong one is bad input naming its field. */
public final class Dates {

    private Dates() {
    }

    public static LocalDate parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, value, "a date is required, as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, value, "a date as YYYY-MM-DD, such as 2023-12-31");
        }
    }
}
