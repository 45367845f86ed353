package gov.budget.asset.holdings.service;

import gov.budget.asset.holdings.rest.HoldingsView;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A holdings table as a workbook laid out like the published 部门固定资产占用情况表. */
public final class HoldingsXlsx {

    private HoldingsXlsx() {
    }

    public static byte[] write(HoldingsView table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("部门固定资产占用情况表");
            sheet.createRow(0).createCell(0).setCellValue("部门固定资产占用情况表");
            sheet.createRow(1).createCell(0).setCellValue(table.deptCode());
            sheet.createRow(2).createCell(0).setCellValue("截止时间：" + table.asOf());
            Row header = sheet.createRow(3);
            header.createCell(0).setCellValue("项   目");
            header.createCell(1).setCellValue("数量");
            header.createCell(2).setCellValue("价值（金额单位：万元）");
            int r = 4;
            for (HoldingsView.Row row : table.rows()) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.quantityUnit() == null ? row.label() : row.label() + "（" + row.quantityUnit() + "）");
                if (row.quantity() == null) {
                    line.createCell(1).setCellValue("——");
                } else {
                    line.createCell(1).setCellValue(row.quantity().doubleValue());
                }
                line.createCell(2).setCellValue(row.value().doubleValue());
            }
            if (table.plannedPurchases() != null) {
                sheet.createRow(r).createCell(0).setCellValue("本年度拟购置固定资产总额：" + table.plannedPurchases().toPlainString() + "万元");
            }
            sheet.setColumnWidth(0, 36 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
