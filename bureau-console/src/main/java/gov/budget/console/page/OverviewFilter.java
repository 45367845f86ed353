package gov.budget.console.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which department-years the overview shows; a blank criterion does not filter. Reconciliation
 * checks each value and refuses a wrong one by name.
 *
 * @param severity only budgets with an open finding of this severity
 * @param rule     only budgets with an open finding of this rule
 * @param text     a part of the department's name, or the start of its code
 */
public record OverviewFilter(String status, String severity, String rule, String template, String text) {

    static OverviewFilter of(String status, String severity, String rule, String template, String text) {
        return new OverviewFilter(blankToNull(status), blankToNull(severity), blankToNull(rule), blankToNull(template), blankToNull(text));
    }

    /** The criteria as a link's query, each URL-encoded and starting with {@code &}; empty without any. */
    public String query() {
        Map<String, String> criteria = new LinkedHashMap<>();
        criteria.put("status", status);
        criteria.put("severity", severity);
        criteria.put("rule", rule);
        criteria.put("template", template);
        criteria.put("q", text);
        StringBuilder query = new StringBuilder();
        criteria.forEach((name, value) -> {
            if (value != null) {
                query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    public boolean any() {
        return status != null || severity != null || rule != null || template != null || text != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
