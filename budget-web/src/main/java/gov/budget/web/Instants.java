package gov.budget.web;

import gov.budget.web.problem.InvalidInputException;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Instants in query parameters, such as the snapshots' changedSince. */
public final class Instants {

    private Instants() {
    }

    /** The instant, null when the parameter is left out, or 400 naming the parameter. */
    public static Instant parseOrNull(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, value, "an ISO-8601 instant such as 2024-01-31T18:00:00Z");
        }
    }
}
