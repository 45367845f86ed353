package gov.budget.console.page;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The department page's tabs beside the nine tables: the project sheets (项目绩效目标表), the
 * procurement table (政府采购预算表) and the holdings table (国有资产占有使用情况), each cell a finding
 * involves highlighted as in the tables. A tab whose service refused or holds nothing says so.
 */
public record RecordTabs(Tab<List<Sheet>> sheets, Tab<Procurement> procurement, Tab<Holdings> holdings) {

    /**
     * What one tab shows: its content, or why there is none.
     *
     * @param findings the tab's open findings that sit on no single cell, listed above it
     */
    public record Tab<T>(T content, String absent, List<FindingView> findings) {

        static <T> Tab<T> absent(String why) {
            return new Tab<>(null, why, List.of());
        }
    }

    /** A cell's text and its open finding, if any. */
    public record Cell(String text, FindingView finding) {

        public boolean highlighted() {
            return finding != null;
        }
    }

    /** One project sheet: its budget and indicators; a 成本指标 that R22 questions is highlighted. */
    public record Sheet(String projectCode, String projectName, String budget, String fiscalFunds, List<Indicator> indicators) {
    }

    public record Indicator(String level1, String level2, String level3, String description, Cell value, String basis) {
    }

    public record Procurement(List<ProcurementLine> lines, String total, String note) {
    }

    public record ProcurementLine(String unit, String projectName, String itemName, String catalogCode, String measureUnit,
                                  String quantity, String unitPrice, String total, String smeShare) {
    }

    /** The holdings table as of a date, each row's value highlighted when a relation questions it. */
    public record Holdings(String asOf, List<HoldingsRow> rows) {
    }

    public record HoldingsRow(String label, String quantity, String quantityUnit, Cell value) {
    }

    static Tab<List<Sheet>> sheets(int status, JsonNode plan, RecordFindings findings) {
        if (status != 200) {
            return Tab.absent(absence(status));
        }
        List<Sheet> sheets = new ArrayList<>();
        for (JsonNode sheet : plan.path("sheets")) {
            String row = "sheet:" + sheet.path("projectCode").asText();
            List<Indicator> indicators = new ArrayList<>();
            for (JsonNode indicator : sheet.path("indicators")) {
                String level3 = indicator.path("level3").asText();
                indicators.add(new Indicator(indicator.path("level1").asText(), indicator.path("level2").asText(), level3,
                        indicator.path("description").asText(""), new Cell(indicator.path("value").path("text").asText(),
                        findings.at(row, "cost:" + level3)), indicator.path("basis").asText("")));
            }
            sheets.add(new Sheet(sheet.path("projectCode").asText(), sheet.path("projectName").asText(), amount(sheet.path("budget")),
                    amount(sheet.path("fiscalFunds")), indicators));
        }
        // the sheets' totals against the ledger (R21, R29) sit on no single sheet
        List<FindingView> totals = new ArrayList<>(findings.ofRowsStartingWith("sheets"));
        totals.addAll(findings.ofRowsStartingWith("performance"));
        return new Tab<>(sheets, sheets.isEmpty() ? "没有项目绩效目标表。" : null, totals);
    }

    static Tab<Procurement> procurement(int status, JsonNode table, RecordFindings findings) {
        if (status != 200) {
            return Tab.absent(absence(status));
        }
        List<ProcurementLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode line : table.path("lines")) {
            JsonNode lineTotal = line.path("amounts").path("total");
            if (lineTotal.isNumber()) {
                total = total.add(lineTotal.decimalValue());
            }
            lines.add(new ProcurementLine(line.path("unit").asText(), line.path("projectName").asText(), line.path("itemName").asText(),
                    line.path("catalogCode").asText(), line.path("measureUnit").asText(""), line.path("quantity").asText(""),
                    amount(line.path("unitPrice")), amount(lineTotal), amount(line.path("smeShare"))));
        }
        // the procurement relations compare totals (by kind of expenditure, by source of funds) with the ledger
        return new Tab<>(new Procurement(lines, total.setScale(2, RoundingMode.HALF_UP).toPlainString(), table.path("note").asText(null)),
                lines.isEmpty() ? "没有政府采购预算。" : null, findings.ofRowsStartingWith("procurement"));
    }

    /** The holdings table the fiscal year publishes (as of the end of the year before). */
    static Tab<Holdings> holdings(int status, JsonNode tables, int fiscalYear, RecordFindings findings) {
        if (status != 200) {
            return Tab.absent(absence(status));
        }
        for (JsonNode table : tables) {
            if (table.path("fiscalYear").asInt() == fiscalYear) {
                String row = "holdings:" + table.path("asOf").asText();
                List<HoldingsRow> rows = new ArrayList<>();
                for (JsonNode line : table.path("rows")) {
                    rows.add(new HoldingsRow(line.path("label").asText(), line.path("quantity").asText(""),
                            line.path("quantityUnit").asText(""), new Cell(amount(line.path("value")),
                            findings.at(row, line.path("category").asText()))));
                }
                return new Tab<>(new Holdings(table.path("asOf").asText(), rows), null, List.of());
            }
        }
        return Tab.absent("没有 " + fiscalYear + " 年度公开的国有资产占有使用情况表。");
    }

    private static String absence(int status) {
        return switch (status) {
            case 404 -> "尚未填报。";
            case 403 -> "没有查看的权限。";
            default -> "服务暂时无法回答（" + status + "）。";
        };
    }

    private static String amount(JsonNode amount) {
        return amount.isNumber() ? amount.decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString() : "";
    }
}
