package gov.budget.reconciliation.rest;

import gov.budget.web.export.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A budget's findings as a CSV file or an XLSX workbook, one row each, with the same columns as the API. */
final class FindingSheet {

    static final List<String> COLUMNS = List.of("id", "ruleId", "severity", "status", "location", "table", "rowCode", "column",
            "expected", "actual", "difference", "tolerance", "message", "firstSeenAt", "lastSeenAt", "resolvedAt",
            "explanationAuthor", "explanationReason", "explainedAt");

    private FindingSheet() {
    }

    static String csv(List<FindingView> findings) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(COLUMNS);
            for (FindingView finding : findings) {
                printer.printRecord(cells(finding).stream()
                        .map(c -> c == null ? "" : c instanceof Number n ? (n instanceof BigDecimal a ? a.toPlainString() : n.toString())
                                : SpreadsheetText.neutralise(c.toString()))
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static byte[] xlsx(List<FindingView> findings) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("findings");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            Row head = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                head.createCell(c).setCellValue(COLUMNS.get(c));
                head.getCell(c).setCellStyle(header);
            }
            for (int r = 0; r < findings.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = cells(findings.get(r));
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof Number number && !(value instanceof BigDecimal)) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        // amounts as text keep every published digit, including those of a 元 figure converted to 万元
                        row.createCell(c).setCellValue(value instanceof BigDecimal a ? a.toPlainString() : value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> cells(FindingView f) {
        List<Object> cells = new ArrayList<>(List.<Object>of(f.id(), f.ruleId(), f.severity(), f.status(), f.location()));
        cells.add(f.table());
        cells.add(f.rowCode());
        cells.add(f.column());
        cells.add(f.expected());
        cells.add(f.actual());
        cells.add(f.difference());
        cells.add(f.tolerance());
        cells.add(f.message());
        cells.add(f.firstSeenAt());
        cells.add(f.lastSeenAt());
        cells.add(f.resolvedAt());
        cells.add(f.explanation() == null ? null : f.explanation().author());
        cells.add(f.explanation() == null ? null : f.explanation().reason());
        cells.add(f.explanation() == null ? null : f.explanation().explainedAt());
        return cells;
    }
}
