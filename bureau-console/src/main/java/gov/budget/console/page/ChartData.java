package gov.budget.console.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * The overview's three charts as the data the page's script draws, from reconciliation's summary of
 * the year: open findings by rule, department-years by status, open findings over the last 30 days.
 */
final class ChartData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChartData() {
    }

    /** JSON for a {@code <script type="application/json">} element: no {@code </} can close it early. */
    static String of(JsonNode summary, Map<String, String> ruleTitles) {
        ObjectNode charts = JSON.createObjectNode();
        ArrayNode rules = charts.putArray("rules");
        summary.path("openFindingsByRule").forEach(count -> rules.addObject()
                .put("rule", count.path("ruleId").asText())
                .put("title", ruleTitles.getOrDefault(count.path("ruleId").asText(), ""))
                .put("severity", count.path("severity").asText())
                .put("open", count.path("openFindings").asLong())
                .put("budgets", count.path("budgets").asLong()));
        ArrayNode statuses = charts.putArray("statuses");
        summary.path("budgetsByStatus").fields().forEachRemaining(status -> statuses.addObject()
                .put("status", status.getKey())
                .put("name", OverviewRow.statusText(status.getKey()))
                .put("budgets", status.getValue().asLong()));
        ArrayNode days = charts.putArray("days");
        summary.path("openFindingsByDay").forEach(day -> days.addObject()
                .put("date", day.path("date").asText())
                .put("open", day.path("openFindings").asLong()));
        try {
            return JSON.writeValueAsString(charts).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the charts' counts cannot be written", e);
        }
    }
}
