package gov.budget.console.page;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The overview's filter applied to one budget's reconciliation, for an editor whose few department-years
 * are read one by one: the same criteria that reconciliation applies to the bureau's view.
 */
final class OwnDepartmentFilter {

    private OwnDepartmentFilter() {
    }

    static boolean keeps(OverviewFilter filter, JsonNode budget) {
        if (filter.status() != null && !filter.status().equalsIgnoreCase(budget.path("status").asText())) {
            return false;
        }
        if (filter.severity() != null && budget.path("summary").path(filter.severity().toUpperCase()).asLong() == 0) {
            return false;
        }
        if (filter.rule() != null && !hasFindingOf(budget, filter.rule())) {
            return false;
        }
        String text = filter.text();
        return text == null || budget.path("deptCode").asText().startsWith(text) || budget.path("deptName").asText("").contains(text);
    }

    private static boolean hasFindingOf(JsonNode budget, String rule) {
        for (JsonNode finding : budget.path("findings")) {
            if (rule.equalsIgnoreCase(finding.path("ruleId").asText())) {
                return true;
            }
        }
        return false;
    }
}
