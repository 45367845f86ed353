package gov.budget.console.page;

import com.fasterxml.jackson.databind.JsonNode;

/** An open finding as the department page lists it, and as a highlighted cell explains itself. */
public record FindingView(long id, String ruleId, String severity, String status, String location, Integer table, String rowCode,
                          String column, String expected, String actual, String difference, String message) {

    static FindingView of(JsonNode finding) {
        return new FindingView(finding.path("id").asLong(), finding.path("ruleId").asText(), finding.path("severity").asText(),
                finding.path("status").asText("OPEN"), finding.path("location").asText(), finding.hasNonNull("table") ? finding.get("table").asInt() : null,
                finding.path("rowCode").asText(null), finding.path("column").asText(null), finding.path("expected").asText("—"),
                finding.path("actual").asText("—"), finding.path("difference").asText("—"), finding.path("message").asText());
    }

    /** What hovering over or focusing the highlighted cell shows. */
    public String tip() {
        return ruleId + " " + severity + "：应为 " + expected + "，实为 " + actual + "，差额 " + difference;
    }

    public String severityText() {
        return switch (severity) {
            case "ERROR" -> "错误（强制性）";
            case "WARNING" -> "提示（提示性）";
            case "INFO" -> "信息";
            default -> severity;
        };
    }

    public String statusText() {
        return "OPEN".equals(status) ? "未解决" : "已解决";
    }

    public String severityClass() {
        return "severity-" + severity.toLowerCase();
    }
}
