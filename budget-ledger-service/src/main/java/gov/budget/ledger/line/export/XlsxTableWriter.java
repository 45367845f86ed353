package gov.budget.ledger.line.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes published tables as an XLSX workbook, one sheet each: the title centred over the table, the
 * department, year and unit, the header row, the rows in order with amounts as numbers shown to 2
 * decimals, and the note. A hidden column after the amounts keeps each row's key ({@link RowKey}).
 */
public final class XlsxTableWriter {

    /**
     * Spreadsheet numbers are doubles, exact to 15 significant digits; a longer amount is written as
     * text so that no published digit is lost.
     */
    private static final int EXACT_DIGITS = 15;

    private XlsxTableWriter() {
    }

    public static byte[] write(PublishedTable table) {
        return write(List.of(table), false);
    }

    /** A whole budget: one sheet per table, named 表1, 表2, … so that an import finds each table again. */
    public static byte[] writeBudget(List<PublishedTable> tables) {
        return write(tables, true);
    }

    private static byte[] write(List<PublishedTable> tables, boolean sheetPerTableNumber) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            for (PublishedTable table : tables) {
                String name = sheetPerTableNumber ? sheetName(table.tableNo()) : safeSheetName(table.title());
                writeSheet(workbook.createSheet(name), table, styles);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheet of table {@code tableNo} in a whole-budget workbook. */
    public static String sheetName(int tableNo) {
        return "表" + tableNo;
    }

    private static void writeSheet(Sheet sheet, PublishedTable table, Styles styles) {
        int width = table.header().size();
        int r = 0;
        Row title = sheet.createRow(r);
        text(title, 0, table.title()).setCellStyle(styles.title());
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
        r++;
        for (String heading : table.headingLines()) {
            text(sheet.createRow(r++), 0, heading);
        }
        Row header = sheet.createRow(r++);
        for (int c = 0; c < width; c++) {
            text(header, c, table.header().get(c)).setCellStyle(styles.header());
        }
        // each row's key, hidden after the amounts: it is not printed, but it reads back as the same row
        text(header, width, RowKey.HEADER);
        for (int i = 0; i < table.rows().size(); i++) {
            List<Object> values = table.rows().get(i);
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof BigDecimal amount && amount.precision() <= EXACT_DIGITS) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(amount.doubleValue());
                    cell.setCellStyle(styles.amount());
                } else if (value instanceof Integer number) {
                    row.createCell(c).setCellValue(number);
                } else if (value instanceof BigDecimal amount) {
                    text(row, c, amount.toPlainString());
                } else if (value != null) {
                    text(row, c, value.toString());
                }
            }
            text(row, width, table.rowKeys().get(i));
        }
        if (table.note() != null) {
            text(sheet.createRow(r), 0, table.note());
        }
        for (int c = 0; c < width; c++) {
            sheet.setColumnWidth(c, c == width - table.amountColumns() - 1 ? 40 * 256 : 14 * 256);
        }
        sheet.setColumnHidden(width, true);
    }

    /** The cell styles of one workbook, created once for all its sheets. */
    private record Styles(CellStyle title, CellStyle header, CellStyle amount) {
        Styles(XSSFWorkbook workbook) {
            this(titleStyle(workbook), headerStyle(workbook), amountStyle(workbook));
        }
    }

    private static CellStyle amountStyle(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        return style;
    }

    private static Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }

    private static CellStyle titleStyle(XSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) 14);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(HorizontalAlignment.CENTER);
        return style;
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(HorizontalAlignment.CENTER);
        return style;
    }

    /** Sheet names are at most 31 characters and exclude a few symbols. */
    private static String safeSheetName(String title) {
        String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
