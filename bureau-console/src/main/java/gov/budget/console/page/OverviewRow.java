package gov.budget.console.page;

import com.fasterxml.jackson.databind.JsonNode;

/** One department-year in the overview: its status and open findings by severity. */
public record OverviewRow(String deptCode, String deptName, int fiscalYear, String status, long errors, long warnings, long infos,
                          String lastEventAt, String evaluatedAt) {

    /** From an item of reconciliation's view of the year. */
    static OverviewRow of(JsonNode budget) {
        JsonNode counts = budget.path("openFindings");
        return new OverviewRow(budget.path("deptCode").asText(), budget.path("deptName").asText(""), budget.path("fiscalYear").asInt(),
                budget.path("status").asText(), counts.path("ERROR").asLong(), counts.path("WARNING").asLong(), counts.path("INFO").asLong(),
                Times.minute(budget.path("lastEventAt")), Times.minute(budget.path("evaluatedAt")));
    }

    /** The CSS class of the status, for its colour. */
    public String statusClass() {
        return "status-" + status.toLowerCase();
    }

    /** The status in the officer's words. */
    public String statusText() {
        return statusText(status);
    }

    /** A reconciliation status in the officer's words. */
    static String statusText(String status) {
        return switch (status) {
            case "CONSISTENT" -> "一致";
            case "WARNINGS" -> "有提示";
            case "ERRORS" -> "有错误";
            case "NO_RULES" -> "无适用规则";
            case "EVALUATION_FAILED" -> "核对失败";
            default -> status;
        };
    }
}
