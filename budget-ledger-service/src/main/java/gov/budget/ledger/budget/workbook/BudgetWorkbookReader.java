package gov.budget.ledger.budget.workbook;

import gov.budget.contracts.ledger.RowKind;
import gov.budget.contracts.problem.FieldViolation;
import gov.budget.contracts.template.ColumnTemplate;
import gov.budget.contracts.template.RegionTemplate;
import gov.budget.contracts.template.TableTemplate;
import gov.budget.ledger.budget.rest.BudgetTableRequest;
import gov.budget.ledger.line.export.RowKey;
import gov.budget.ledger.line.rest.LedgerRowRequest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a budget's tables from a workbook laid out as the published tables are, one sheet per table
 * (as {@code export.xlsx} writes it). A sheet is found by its name ({@code 表2}) or by its title, with
 * or without the year; its columns by the labels of their headers, so that a workbook from another
 * tool with the same headers reads too. A row without a printed code is known by its hidden key
 * column ({@link RowKey}), or as the 合计 row by its name. Whatever cannot be read is listed with
 * its sheet, row and column; nothing is guessed.
 */
public final class BudgetWorkbookReader {

    private static final Pattern SHEET_NUMBER = Pattern.compile("^表\\s*(\\d+)");
    private static final Pattern YEAR_PREFIX = Pattern.compile("^\\d{4}年");
    private static final List<String> NAME_HEADERS = List.of("科目名称", "项目");
    private static final List<String> CODE_PART_HEADERS = List.of("类", "款", "项");
    private static final String CODE_HEADER = "科目编码";
    private static final String NUMBER_HEADER = "序号";
    private static final String TOTAL_NAME = "合计";
    private static final String NOTE_MARK = "注";

    /** The tables read, where each was printed, and what could not be read. */
    public record Read(List<BudgetTableRequest> tables, WorkbookPlaces places, List<FieldViolation> problems) {
    }

    private BudgetWorkbookReader() {
    }

    public static Read read(byte[] bytes, RegionTemplate template) {
        List<BudgetTableRequest> tables = new ArrayList<>();
        WorkbookPlaces places = new WorkbookPlaces();
        List<FieldViolation> problems = new ArrayList<>();
        Workbook workbook;
        try {
            workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (IOException | IllegalArgumentException e) {
            // POI's answer to bytes that are no workbook (empty, another format) is an IllegalArgumentException
            problems.add(new FieldViolation("body", null, "not a readable XLSX workbook: " + e.getMessage()));
            return new Read(tables, places, problems);
        }
        try (workbook) {
            for (Sheet sheet : workbook) {
                Optional<TableTemplate> table = tableOf(sheet, template);
                if (table.isEmpty()) {
                    problems.add(new FieldViolation(sheet.getSheetName(), title(sheet),
                            "no table of template " + template.id() + " has this sheet's name or title; name a sheet 表1 … 表"
                                    + template.tables().size() + " or title it as the table is printed"));
                    continue;
                }
                readTable(sheet, table.get(), tables.size(), places, problems).ifPresent(tables::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Read(tables, places, problems);
    }

    private static Optional<TableTemplate> tableOf(Sheet sheet, RegionTemplate template) {
        Matcher number = SHEET_NUMBER.matcher(sheet.getSheetName().strip());
        if (number.find()) {
            return template.table(Integer.parseInt(number.group(1)));
        }
        String title = title(sheet);
        String withoutYear = title == null ? "" : YEAR_PREFIX.matcher(title.strip()).replaceFirst("");
        return template.tables().stream().filter(t -> t.title().equals(withoutYear)).findFirst();
    }

    private static String title(Sheet sheet) {
        Row first = sheet.getRow(sheet.getFirstRowNum());
        return first == null ? null : text(first.getCell(first.getFirstCellNum() < 0 ? 0 : first.getFirstCellNum()));
    }

    private static Optional<BudgetTableRequest> readTable(Sheet sheet, TableTemplate table, int tableIndex, WorkbookPlaces places,
                                                          List<FieldViolation> problems) {
        String sheetName = sheet.getSheetName();
        Row header = headerRow(sheet).orElse(null);
        if (header == null) {
            problems.add(new FieldViolation(sheetName, null, "no header row: a row with 科目名称 or 项目 above the table's rows"));
            return Optional.empty();
        }
        Columns columns = Columns.of(header, table, sheetName, problems);
        List<LedgerRowRequest> rows = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        String note = null;
        Integer noteRow = null;
        for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || isBlank(row)) {
                continue;
            }
            String first = firstText(row);
            if (first != null && first.strip().startsWith(NOTE_MARK)) {
                note = first.strip();
                noteRow = r + 1;
                break;
            }
            rows.add(columns.row(row, sheetName, problems));
            rowNumbers.add(r + 1);
        }
        places.add(tableIndex, new WorkbookPlaces.SheetPlaces(sheetName, rowNumbers, columns.labels(), noteRow));
        return Optional.of(new BudgetTableRequest(table.number(), note, rows));
    }

    private static Optional<Row> headerRow(Sheet sheet) {
        for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), 20); r++) {
            Row row = sheet.getRow(r);
            if (row != null && cells(row).stream().anyMatch(NAME_HEADERS::contains)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** Which spreadsheet column holds what, from the header row's labels. */
    private record Columns(Map<Integer, String> amounts, List<Integer> codeParts, Integer name, Integer key,
                           Map<String, String> labels, Map<Integer, String> headerLabels) {

        static Columns of(Row header, TableTemplate table, String sheet, List<FieldViolation> problems) {
            Map<Integer, String> amounts = new LinkedHashMap<>();
            List<Integer> codeParts = new ArrayList<>();
            Integer name = null;
            Integer key = null;
            Map<String, String> labels = new HashMap<>();
            Map<Integer, String> headerLabels = new HashMap<>();
            for (Cell cell : header) {
                String label = text(cell);
                if (label == null || label.isBlank()) {
                    continue;
                }
                String printed = label.strip();
                int c = cell.getColumnIndex();
                headerLabels.put(c, printed);
                Optional<ColumnTemplate> column = table.columns().stream().filter(t -> t.label().equals(printed)).findFirst();
                if (column.isPresent()) {
                    amounts.put(c, column.get().code());
                    labels.put(column.get().code(), printed);
                } else if (NAME_HEADERS.contains(printed)) {
                    name = c;
                    labels.put("name", printed);
                } else if (printed.equals(CODE_HEADER) || CODE_PART_HEADERS.contains(printed)) {
                    codeParts.add(c);
                    labels.putIfAbsent("code", printed);
                } else if (printed.equals(RowKey.HEADER)) {
                    key = c;
                } else if (!printed.equals(NUMBER_HEADER)) {
                    problems.add(new FieldViolation(WorkbookPlaces.place(sheet, header.getRowNum() + 1, printed), printed,
                            "table " + table.number() + " has no column of this label; its columns are "
                                    + table.columns().stream().map(ColumnTemplate::label).toList()));
                }
            }
            return new Columns(amounts, codeParts, name, key, labels, headerLabels);
        }

        LedgerRowRequest row(Row row, String sheet, List<FieldViolation> problems) {
            String rowName = name == null ? null : text(row.getCell(name));
            StringBuilder code = new StringBuilder();
            for (int c : codeParts) {
                String part = text(row.getCell(c));
                if (part != null) {
                    code.append(part.strip());
                }
            }
            RowKey rowKey = key == null ? null : RowKey.parse(text(row.getCell(key)));
            RowKind kind = rowKey == null ? null : rowKey.kind();
            String rowCode = code.isEmpty() ? null : code.toString();
            if (kind == RowKind.ITEM) {
                rowCode = rowKey.code();
            } else if (kind == null && rowCode == null && rowKey != null) {
                rowCode = rowKey.code();
            } else if (kind == null && rowCode == null && rowName != null && rowName.strip().equals(TOTAL_NAME)) {
                kind = RowKind.TOTAL;
            }
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            amounts.forEach((c, column) -> {
                Cell cell = row.getCell(c);
                String printed = text(cell);
                if (printed == null || printed.isBlank()) {
                    return;
                }
                try {
                    values.put(column, amount(cell));
                } catch (NumberFormatException e) {
                    problems.add(new FieldViolation(WorkbookPlaces.place(sheet, row.getRowNum() + 1, headerLabels.get(c)), printed,
                            "not an amount: write the number as printed, such as 1,234.56"));
                }
            });
            return new LedgerRowRequest(kind, rowCode, rowName == null ? null : rowName.strip(), values);
        }
    }

    private static BigDecimal amount(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            return new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
        }
        return new BigDecimal(cell.getStringCellValue().strip().replace(",", ""));
    }

    /** A cell as text: a number as its shortest exact decimal, blank as null. */
    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> null;
        };
    }

    private static List<String> cells(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            String text = text(cell);
            if (text != null) {
                texts.add(text.strip());
            }
        }
        return texts;
    }

    private static String firstText(Row row) {
        for (Cell cell : row) {
            String text = text(cell);
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }

    private static boolean isBlank(Row row) {
        return firstText(row) == null;
    }
}
