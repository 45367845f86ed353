package gov.budget.console.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Which of a department-year's findings the list below its tables shows: by severity, rule and
 * status (OPEN, RESOLVED or ALL); without a criterion, the open ones. Reconciliation checks the
 * values and refuses a wrong one by name.
 */
public record FindingFilter(String severity, String rule, String status) {

    /** The most findings one list shows: a budget has far fewer, even with its resolved ones. */
    static final int MAX_LISTED = 500;

    static FindingFilter of(String severity, String rule, String status) {
        return new FindingFilter(blankToNull(severity), blankToNull(rule), blankToNull(status));
    }

    public boolean any() {
        return severity != null || rule != null || status != null;
    }

    /** The criteria as a query string for the exports, starting with {@code ?}; every status when none is chosen. */
    public String exportQuery() {
        StringBuilder query = new StringBuilder("?status=").append(encode(status == null ? "ALL" : status));
        if (severity != null) {
            query.append("&severity=").append(encode(severity));
        }
        if (rule != null) {
            query.append("&rule=").append(encode(rule));
        }
        return query.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
