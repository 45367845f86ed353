package gov.budget.procurement.line.export;

import gov.budget.contracts.procurement.FundAmounts;
import gov.budget.contracts.procurement.PublishedTotal;
import gov.budget.procurement.line.rest.ProcurementLineView;
import gov.budget.procurement.line.rest.ProcurementTableView;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The procurement table as a workbook laid out like the published 部门政府采购预算: title, department,
 * unit, header, the 合计 row, then each sub-unit's 小计 followed by its lines, and the note.
 */
public final class ProcurementXlsx {

    static final List<String> HEADER = List.of("项目名称", "预算资金", "采购物品名称", "政府采购目录序号", "计量单位", "数量", "单价",
            "合计", "一般公共预算拨款", "基金预算拨款", "国有资本经营预算拨款", "财政专户核拨", "单位资金", "上年结转结余", "预留中小微企业份额");

    private ProcurementXlsx() {
    }

    public static byte[] write(ProcurementTableView table, String deptName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("部门政府采购预算");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle strong = workbook.createCellStyle();
            strong.setFont(bold);
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue("部门政府采购预算");
            sheet.getRow(0).getCell(0).setCellStyle(strong);
            sheet.createRow(r++).createCell(0).setCellValue(table.deptCode() + deptName);
            sheet.createRow(r++).createCell(0).setCellValue("单位：" + table.unit());
            Row header = sheet.createRow(r++);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
                header.getCell(c).setCellStyle(strong);
            }
            PublishedTotal grand = table.publishedTotals().stream().filter(t -> t.unit() == null).findFirst().orElse(null);
            if (grand != null) {
                totalRow(sheet.createRow(r++), "合  计", grand);
            }
            List<String> units = table.lines().stream().map(ProcurementLineView::unit).distinct().toList();
            for (String unit : units) {
                PublishedTotal subtotal = table.publishedTotals().stream().filter(t -> unit.equals(t.unit())).findFirst().orElse(null);
                if (subtotal != null) {
                    totalRow(sheet.createRow(r++), unit + "小计", subtotal);
                }
                for (ProcurementLineView line : table.lines()) {
                    if (line.unit().equals(unit)) {
                        lineRow(sheet.createRow(r++), line);
                    }
                }
            }
            if (table.note() != null) {
                sheet.createRow(r).createCell(0).setCellValue(table.note());
            }
            sheet.setColumnWidth(0, 36 * 256);
            sheet.setColumnWidth(2, 20 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void totalRow(Row row, String label, PublishedTotal total) {
        row.createCell(0).setCellValue(label);
        List<Object> cells = new ArrayList<>(Arrays.asList(null, null, null, null, null, null));
        cells.addAll(amounts(total.amounts()));
        cells.add(total.smeShare());
        put(row, 1, cells);
    }

    private static void lineRow(Row row, ProcurementLineView line) {
        List<Object> cells = new ArrayList<>(Arrays.asList(line.projectName(), line.projectBudget(), line.itemName(),
                line.catalogCode(), line.measureUnit(), line.quantity(), line.unitPrice()));
        cells.addAll(amounts(line.amounts()));
        cells.add(line.smeShare());
        put(row, 0, cells);
    }

    private static List<Object> amounts(FundAmounts amounts) {
        return new ArrayList<>(amounts.all());
    }

    private static void put(Row row, int from, List<Object> cells) {
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value instanceof BigDecimal number) {
                row.createCell(from + c).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(from + c).setCellValue(Objects.toString(value));
            }
        }
    }
}
