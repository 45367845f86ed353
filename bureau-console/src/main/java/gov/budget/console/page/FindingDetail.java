package gov.budget.console.page;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A finding as its own page shows it: where it is, its numbers, its standing explanation, and its
 * history, oldest first.
 *
 * @param explainable whether the user may explain it: an open WARNING, and a finance-bureau administrator
 */
public record FindingDetail(String deptCode, int fiscalYear, FindingView finding, String status, String explanationAuthor,
                            String explanationReason, String explainedAt, List<Step> history, boolean explainable) {

    /** One step of the history, in the officer's words. */
    public record Step(String kind, String at, String expected, String actual, String difference, String author, String reason) {

        public String kindText() {
            return switch (kind) {
                case "OPENED" -> "发现";
                case "CHANGED" -> "数值变化";
                case "RESOLVED" -> "已解决";
                case "REOPENED" -> "再次出现";
                case "EXPLAINED" -> "已说明";
                case "LAPSED" -> "说明失效";
                default -> kind;
            };
        }
    }

    static FindingDetail of(String deptCode, int fiscalYear, JsonNode body, boolean financeAdmin) {
        JsonNode finding = body.path("finding");
        List<Step> history = new ArrayList<>();
        for (JsonNode step : body.path("history")) {
            history.add(new Step(step.path("kind").asText(), Times.minute(step.path("at")), step.path("expected").asText("—"),
                    step.path("actual").asText("—"), step.path("difference").asText("—"), step.path("author").asText(""),
                    step.path("reason").asText("")));
        }
        JsonNode explanation = finding.path("explanation");
        String status = finding.path("status").asText();
        boolean explainable = financeAdmin && "OPEN".equals(status) && "WARNING".equals(finding.path("severity").asText());
        return new FindingDetail(deptCode, fiscalYear, FindingView.of(finding), status, explanation.path("author").asText(null),
                explanation.path("reason").asText(null), Times.minute(explanation.path("explainedAt")), history, explainable);
    }

    public String statusText() {
        return "OPEN".equals(status) ? "未解决" : "已解决";
    }
}
