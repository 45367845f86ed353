package gov.budget.console.page;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * An import as its page shows it: where it stands, what the cover said, what was read, its problems
 * and, once committed, reconciliation's findings, each with where it was printed.
 */
public record ImportDetail(long id, String deptCode, String status, String fileName, String region, String fiscalYear,
                           String deptName, String templateId, String pageCount, String tablesFound, String cellsRead,
                           String parseMillis, String error, List<Printed> problems, List<Printed> findings, String committedBy) {

    /** A problem or a finding, with where it was printed: page (PDF), or table and row or paragraph (Word), and the text. */
    public record Printed(String label, String severity, String message, String where, String printed) {
    }

    static ImportDetail of(JsonNode upload, JsonNode checked) {
        List<Printed> problems = new ArrayList<>();
        for (JsonNode problem : upload.path("draft").path("problems")) {
            String table = problem.hasNonNull("tableNo") ? "表" + problem.path("tableNo").asInt() + " " : "";
            problems.add(new Printed(table + problem.path("kind").asText(), "WARNING", problem.path("message").asText(),
                    where(problem.path("evidence")), problem.path("evidence").path("printed").asText("")));
        }
        List<Printed> findings = new ArrayList<>();
        for (JsonNode finding : checked == null ? List.<JsonNode>of() : checked.path("findings")) {
            findings.add(new Printed(finding.path("ruleId").asText(), finding.path("severity").asText(), finding.path("message").asText(),
                    where(finding.path("evidence")), finding.path("evidence").path("printed").asText("")));
        }
        return new ImportDetail(upload.path("id").asLong(), upload.path("deptCode").asText(), upload.path("status").asText(),
                upload.path("fileName").asText(), upload.path("region").asText(""), upload.path("fiscalYear").asText(""),
                upload.path("deptName").asText(""), upload.path("templateId").asText(""), upload.path("pageCount").asText(""),
                upload.path("tablesFound").asText(""), upload.path("cellsRead").asText(""), upload.path("parseMillis").asText(""),
                upload.path("error").asText(""), problems, findings, upload.path("committedBy").asText(""));
    }

    /** Still being read: the page looks again by itself. */
    public boolean reading() {
        return "RECEIVED".equals(status) || "PARSING".equals(status);
    }

    public boolean committable() {
        return "READY".equals(status) || "NEEDS_REVIEW".equals(status);
    }

    public String statusText() {
        return statusText(status);
    }

    static String statusText(String status) {
        return switch (status) {
            case "RECEIVED" -> "已接收，等待读取";
            case "PARSING" -> "读取中";
            case "READY" -> "已读取，无问题";
            case "NEEDS_REVIEW" -> "已读取，有问题待确认";
            case "FAILED" -> "无法读取";
            case "COMMITTED" -> "已写入预算";
            default -> status;
        };
    }

    private static String where(JsonNode evidence) {
        if (evidence.hasNonNull("page")) {
            return "第 " + evidence.path("page").asInt() + " 页";
        }
        if (evidence.hasNonNull("table")) {
            return "第 " + evidence.path("table").asInt() + " 个表格第 " + evidence.path("row").asInt() + " 行";
        }
        if (evidence.hasNonNull("paragraph")) {
            return "正文第 " + evidence.path("paragraph").asInt() + " 段";
        }
        return "—";
    }
}
