package gov.budget.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The {@code Prefer: return=minimal} preference of RFC 7240. A write that would answer with the whole
 * record answers 204 with only its new ETag, for a caller that needs the ETag for its next
 * {@code If-Match} and not the record: a system sending changes one row at a time, or loading
 * whole budgets in bulk.
 */
public final class ReturnPreference {

    /** The request header. */
    public static final String PREFER = "Prefer";
    /** The response header that says a preference was honoured. */
    public static final String APPLIED = "Preference-Applied";
    static final String MINIMAL = "return=minimal";
    /** The OpenAPI description of the request header, the same on every write that honours it. */
    public static final String PARAMETER_DESCRIPTION = "return=minimal answers 204 with the new ETag and no body (RFC 7240)";
    /** The OpenAPI description of the 204 answer. */
    public static final String MINIMAL_ANSWER = "Stored; the caller sent Prefer: return=minimal, so the new ETag comes alone, "
            + "with Preference-Applied: return=minimal";
    /** Whitespace RFC 7240 allows around a preference's "=": compiled once, since every write with the header reads it. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ReturnPreference() {
    }

    /** Whether one of the header's preferences is {@code return=minimal}; parameters after it (";…") are ignored. */
    public static boolean minimal(String prefer) {
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split(",")) {
            String token = WHITESPACE.matcher(preference.split(";", 2)[0]).replaceAll("").toLowerCase(Locale.ROOT);
            if (token.equals(MINIMAL)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The answer to a write: the record with its ETag, or, if the caller preferred, no body and the ETag
     * alone; the record is built only when it is answered.
     */
    public static Response written(String prefer, Supplier<?> record, long version) {
        return written(minimal(prefer), record, version);
    }

    /** As above, for a write that read the preference already ({@link #minimal}) to decide what to read back. */
    public static Response written(boolean minimal, Supplier<?> record, long version) {
        if (minimal) {
            return minimalAnswer(version);
        }
        return Response.ok(record.get()).header(HttpHeaders.ETAG, Versions.etag(version)).build();
    }

    /** The answer to a write whose caller preferred {@code return=minimal}: no body, the new ETag alone. */
    public static Response minimalAnswer(long version) {
        return Response.noContent().header(HttpHeaders.ETAG, Versions.etag(version)).header(APPLIED, MINIMAL).build();
    }
}
