package gov.budget.web;

import gov.budget.web.problem.QueryValues;

import java.time.Instant;

/** Instants in query parameters, such as the snapshots' changedSince. */
public final class Instants {

    private Instants() {
    }

    /** The instant, null when the parameter is left out, or 400 naming the parameter. */
    public static Instant parseOrNull(String field, String value) {
        return QueryValues.parseOrNull(field, value, Instant::parse, "an ISO-8601 instant such as 2024-01-31T18:00:00Z");
    }
}
