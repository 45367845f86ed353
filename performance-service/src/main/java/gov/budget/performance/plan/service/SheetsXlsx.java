package gov.budget.performance.plan.service;

import gov.budget.performance.plan.rest.PerformancePlanView;
import gov.budget.performance.plan.rest.ProjectSheetView;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * The project sheets as a workbook, one worksheet each, laid out like the published 项目绩效目标表:
 * code and name, 预算数 with 财政资金 and 其他资金, 资金用途, the spending plan, the goals and the indicators.
 */
public final class SheetsXlsx {

    private SheetsXlsx() {
    }

    public static byte[] write(PerformancePlanView plan) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int number = 1;
            for (ProjectSheetView project : plan.sheets()) {
                Sheet sheet = workbook.createSheet(number + "-" + safe(project.projectCode()));
                int r = 0;
                text(sheet.createRow(r++), 0, number++ + "、" + project.projectName() + "绩效目标表");
                text(sheet.createRow(r++), 0, "单位：" + plan.unit());
                Row code = sheet.createRow(r++);
                text(code, 0, "项目编码");
                text(code, 1, project.projectCode());
                text(code, 2, "项目名称");
                text(code, 3, project.projectName());
                Row budget = sheet.createRow(r++);
                text(budget, 0, "预算规模及资金用途");
                text(budget, 1, "预算数");
                amount(budget, 2, project.budget());
                text(budget, 3, "其中：财政资金");
                amount(budget, 4, project.fiscalFunds());
                text(budget, 5, "其他资金");
                amount(budget, 6, project.otherFunds());
                text(sheet.createRow(r++), 1, project.fundUse());
                Row planHeader = sheet.createRow(r++);
                text(planHeader, 0, "资金支出计划（%）");
                text(planHeader, 1, "3月底");
                text(planHeader, 2, "6月底");
                text(planHeader, 3, "10月底");
                text(planHeader, 4, "12月底");
                Row planRow = sheet.createRow(r++);
                amount(planRow, 1, project.spendingPlan().march());
                amount(planRow, 2, project.spendingPlan().june());
                amount(planRow, 3, project.spendingPlan().october());
                amount(planRow, 4, project.spendingPlan().december());
                Row goals = sheet.createRow(r++);
                text(goals, 0, "绩效目标");
                for (int g = 0; g < project.goals().size(); g++) {
                    text(goals, 1 + g, project.goals().get(g));
                }
                Row header = sheet.createRow(r++);
                String[] headers = {"一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"};
                for (int c = 0; c < headers.length; c++) {
                    text(header, c, headers[c]);
                }
                String previousLevel1 = null;
                for (ProjectSheetView.Indicator indicator : project.indicators()) {
                    Row row = sheet.createRow(r++);
                    // the printed table names each 一级指标 once, on its first row
                    text(row, 0, indicator.level1().equals(previousLevel1) ? null : indicator.level1());
                    previousLevel1 = indicator.level1();
                    text(row, 1, indicator.level2());
                    text(row, 2, indicator.level3());
                    text(row, 3, indicator.description());
                    text(row, 4, indicator.value().text());
                    text(row, 5, indicator.basis());
                }
                sheet.setColumnWidth(0, 20 * 256);
                sheet.setColumnWidth(3, 40 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void amount(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }

    private static String safe(String code) {
        String name = code.replaceAll("[\\\\/?*\\[\\]:]", "_");
        return name.length() > 28 ? name.substring(0, 28) : name;
    }
}
