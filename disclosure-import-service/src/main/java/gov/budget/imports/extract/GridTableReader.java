package gov.budget.imports.extract;

import gov.budget.contracts.code.EconomicCode;
import gov.budget.contracts.code.FunctionalCode;
import gov.budget.contracts.ledger.RowKind;
import gov.budget.contracts.template.ColumnTemplate;
import gov.budget.contracts.template.TableTemplate;
import gov.budget.imports.draft.DraftRow;
import gov.budget.imports.draft.DraftTable;
import gov.budget.imports.draft.Evidence;
import gov.budget.imports.draft.ImportProblem;
import gov.budget.imports.grid.GridDocument;
import gov.budget.imports.layout.PrintedLayout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one table of a Word disclosure (or its text form): found by its bookmarked title, its unit
 * checked, its header checked against the template's column labels, and its rows read below the
 * 栏次 row, each cell in the column of its place. Where each value stood is its table, row and cell.
 */
final class GridTableReader {

    private static final Pattern UNIT = Pattern.compile("^单位[:：](?<unit>元|万元)$");
    /** The row of column numbers under the header. */
    private static final String COLUMN_NUMBERS = "栏次";
    private static final String TOTAL = "合计";
    /** The cells before a coded row's amounts: 序号, 科目编码, 科目名称. */
    private static final int CODED_ROW_PREFIX = 3;

    private final TableTemplate template;
    private final PrintedLayout layout;
    private final PrintedLayout.TableLayout tableLayout;
    private final List<ImportProblem> problems;
    private final Pattern title;
    /** The layout's labels keyed once as printed labels are looked up. */
    private final Map<String, String> items;
    private final List<Map<String, String>> sideItems;
    private final Map<String, String> classes;

    GridTableReader(TableTemplate template, PrintedLayout layout, List<ImportProblem> problems) {
        this.template = template;
        this.layout = layout;
        this.tableLayout = layout.table(template.number()).orElse(PrintedLayout.TableLayout.plain(template.number()));
        this.problems = problems;
        String stem = template.title().replaceFirst("^(部门|单位)", "");
        this.title = Pattern.compile("^(\\d{4}年)?(部门预算|单位预算|部门|单位)?" + Pattern.quote(PrintedText.compact(stem)) + "$");
        this.items = tableLayout.items() == null ? Map.of() : keyed(tableLayout.items());
        this.sideItems = tableLayout.sides() == null ? List.of() : tableLayout.sides().stream().map(side -> keyed(side.items())).toList();
        this.classes = layout.classes() == null ? Map.of() : keyed(layout.classes());
    }

    Optional<DraftTable> read(GridDocument document) {
        List<GridDocument.Block> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof GridDocument.Heading heading && title.matcher(PrintedText.compact(heading.text())).matches()) {
                GridDocument.Table table = i + 1 < blocks.size() && blocks.get(i + 1) instanceof GridDocument.Table t ? t : null;
                if (table == null) {
                    break;
                }
                // a note prints as the paragraph right after the table
                String note = i + 2 < blocks.size() && blocks.get(i + 2) instanceof GridDocument.Paragraph p
                        && p.text().startsWith("注") ? p.text() : null;
                return Optional.of(new DraftTable(template.number(), note, rows(table), Evidence.inTable(table.number(), 0, 0, heading.text())));
            }
        }
        problems.add(new ImportProblem(ImportProblem.Kind.TABLE_NOT_FOUND, template.number(),
                "no bookmarked title matches 表" + template.number() + " " + template.title(), null));
        return Optional.empty();
    }

    private List<DraftRow> rows(GridDocument.Table table) {
        List<List<String>> rows = table.rows();
        int at = 0;
        // the first row names the department, the year and the unit
        if (!rows.isEmpty()) {
            for (int c = 0; c < rows.get(0).size(); c++) {
                Matcher unit = UNIT.matcher(PrintedText.compact(rows.get(0).get(c)));
                if (unit.matches() && !unit.group("unit").equals(template.unit())) {
                    problems.add(new ImportProblem(ImportProblem.Kind.UNIT_MISMATCH, template.number(), "the table prints its amounts in "
                            + unit.group("unit") + ", the template's are in " + template.unit(), Evidence.inTable(table.number(), 1, c + 1,
                            rows.get(0).get(c))));
                }
            }
            at = 1;
        }
        List<String> header = new ArrayList<>();
        for (; at < rows.size() && !PrintedText.compact(first(rows.get(at))).equals(COLUMN_NUMBERS); at++) {
            rows.get(at).forEach(cell -> header.add(PrintedText.compact(cell)));
        }
        checkHeader(header, table);
        at++;
        List<List<DraftRow>> sides = new ArrayList<>();
        int sideCount = tableLayout.sides() == null ? 1 : tableLayout.sides().size();
        for (int s = 0; s < sideCount; s++) {
            sides.add(new ArrayList<>());
        }
        String[] group = new String[sideCount];
        for (; at < rows.size(); at++) {
            List<String> row = rows.get(at);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (tableLayout.sides() != null) {
                readSides(row, at + 1, table.number(), sides, group);
            } else {
                readRow(row, at + 1, table.number()).ifPresent(sides.get(0)::add);
            }
        }
        return sides.stream().flatMap(List::stream).toList();
    }

    /** Every column label of the template prints in the header, alone in a cell, inside one, or split over a parent and its leaf. */
    private void checkHeader(List<String> header, GridDocument.Table table) {
        for (ColumnTemplate column : template.columns()) {
            String label = PrintedText.compact(column.label());
            boolean printed = header.stream().anyMatch(cell -> !cell.isEmpty() && cell.contains(label));
            for (int split = 1; split < label.length() && !printed; split++) {
                String parent = label.substring(0, split);
                String leaf = label.substring(split);
                printed = header.contains(parent) && header.contains(leaf);
            }
            if (!printed) {
                problems.add(new ImportProblem(ImportProblem.Kind.COLUMN_NOT_FOUND, template.number(),
                        "no header of table " + table.number() + " matches the column " + column.label(), null));
            }
        }
    }

    /** A row of a one-sided table: 序号, code, name and the amounts; or, for an item table (表9), 序号, name and the amounts. */
    private Optional<DraftRow> readRow(List<String> row, int rowNo, int tableNo) {
        int columns = template.columns().size();
        boolean items = tableLayout.items() != null;
        int prefix = items ? 2 : CODED_ROW_PREFIX;
        if (row.size() != prefix + columns) {
            problems.add(new ImportProblem(ImportProblem.Kind.UNREADABLE_CELL, template.number(), "row " + rowNo + " has " + row.size()
                    + " cells, the template's table " + (prefix + columns), Evidence.inTable(tableNo, rowNo, 1, String.join(" | ", row))));
            return Optional.empty();
        }
        String name = PrintedText.label(row.get(prefix - 1));
        Evidence nameEvidence = Evidence.inTable(tableNo, rowNo, prefix, row.get(prefix - 1));
        DraftRow draft;
        if (items) {
            Optional<DraftRow> item = itemRow(name, nameEvidence);
            if (item.isEmpty()) {
                return Optional.empty();
            }
            draft = item.get();
        } else {
            String code = row.get(1).strip();
            if (code.isEmpty()) {
                if (!PrintedText.bare(name).equals(TOTAL)) {
                    problems.add(new ImportProblem(ImportProblem.Kind.UNKNOWN_ROW, template.number(),
                            "the row " + name + " has no code and is no total", nameEvidence));
                    return Optional.empty();
                }
                draft = DraftRow.of(RowKind.TOTAL, null, name, nameEvidence);
            } else {
                RowKind kind = template.codeKind().orElse(RowKind.FUNCTIONAL);
                String joined = code.replace(" ", "");
                boolean valid = kind == RowKind.ECONOMIC ? EconomicCode.isWellFormed(joined) : FunctionalCode.isWellFormed(joined);
                if (!valid) {
                    problems.add(new ImportProblem(ImportProblem.Kind.MALFORMED_CODE, template.number(),
                            "the code is printed as " + code + ", which is not a classification code", Evidence.inTable(tableNo, rowNo, 2, code)));
                    return Optional.empty();
                }
                draft = DraftRow.of(kind, joined, name, nameEvidence);
            }
        }
        for (int c = 0; c < columns; c++) {
            amount(draft, template.columns().get(c).code(), row.get(prefix + c), tableNo, rowNo, prefix + c + 1);
        }
        return Optional.of(draft);
    }

    private Optional<DraftRow> itemRow(String name, Evidence nameEvidence) {
        String bare = PrintedText.bare(name);
        if (tableLayout.totals() != null && tableLayout.totals().stream().anyMatch(t -> PrintedText.bare(t).equals(bare))) {
            return Optional.of(DraftRow.of(RowKind.TOTAL, null, name, nameEvidence));
        }
        String code = items.get(bare);
        if (code == null) {
            problems.add(new ImportProblem(ImportProblem.Kind.UNKNOWN_ROW, template.number(),
                    "the row " + name + " is no item the template knows", nameEvidence));
            return Optional.empty();
        }
        return Optional.of(DraftRow.of(RowKind.ITEM, code, name, nameEvidence));
    }

    /**
     * A row of a two-sided table (表1, 表4): 序号, then each side's name and amounts. An income item
     * under a group (年初财政拨款结转和结余) is named {@code group/label}; 类 are coded from the national classification.
     */
    private void readSides(List<String> row, int rowNo, int tableNo, List<List<DraftRow>> sides, String[] group) {
        int at = 1;
        for (int s = 0; s < sides.size(); s++) {
            PrintedLayout.Side side = tableLayout.sides().get(s);
            int end = at + 1 + side.columns().size();
            if (end > row.size()) {
                problems.add(new ImportProblem(ImportProblem.Kind.UNREADABLE_CELL, template.number(), "row " + rowNo + " has "
                        + row.size() + " cells, fewer than the table's sides", Evidence.inTable(tableNo, rowNo, 1, String.join(" | ", row))));
                return;
            }
            String printedName = row.get(at);
            if (!printedName.isBlank()) {
                String name = PrintedText.label(printedName);
                String bare = PrintedText.bare(name);
                Evidence nameEvidence = Evidence.inTable(tableNo, rowNo, at + 1, printedName);
                Map<String, String> labels = sideItems.get(s);
                String code = group[s] == null ? null : labels.get(PrintedText.bare(group[s]) + "/" + bare);
                if (code == null) {
                    code = labels.get(bare);
                }
                if (side.groups() != null && side.groups().stream().anyMatch(g -> PrintedText.bare(g).equals(bare))) {
                    group[s] = bare;
                }
                DraftRow draft = null;
                if (code != null) {
                    draft = DraftRow.of(RowKind.ITEM, code, name, nameEvidence);
                } else if (side.classesByName() && classes.containsKey(bare)) {
                    draft = DraftRow.of(RowKind.FUNCTIONAL, classes.get(bare), name, nameEvidence);
                } else {
                    problems.add(new ImportProblem(ImportProblem.Kind.UNKNOWN_ROW, template.number(),
                            "the row " + printedName.strip() + " is neither an item nor a 类 the template knows", nameEvidence));
                }
                if (draft != null) {
                    for (int c = 0; c < side.columns().size(); c++) {
                        amount(draft, side.columns().get(c), row.get(at + 1 + c), tableNo, rowNo, at + 2 + c);
                    }
                    sides.get(s).add(draft);
                }
            }
            at = end;
        }
    }

    private void amount(DraftRow row, String column, String printed, int tableNo, int rowNo, int cellNo) {
        String text = printed.strip();
        if (text.isEmpty()) {
            return;
        }
        Evidence evidence = Evidence.inTable(tableNo, rowNo, cellNo, printed);
        if (!PrintedText.isAmount(text)) {
            problems.add(new ImportProblem(ImportProblem.Kind.UNREADABLE_CELL, template.number(),
                    "the cell " + text + " of the row " + row.name() + " is not an amount", evidence));
            return;
        }
        row.amounts().put(column, PrintedText.amount(text));
        row.evidence().put(column, evidence);
    }

    /** A layout's labels keyed as a printed label is looked up: without white space or enumerators. */
    private static Map<String, String> keyed(Map<String, String> labels) {
        Map<String, String> keyed = new HashMap<>();
        labels.forEach((label, code) -> {
            int slash = label.indexOf('/');
            keyed.put(slash < 0 ? PrintedText.bare(label) : PrintedText.bare(label.substring(0, slash)) + "/"
                    + PrintedText.bare(label.substring(slash + 1)), code);
        });
        return keyed;
    }

    private static String first(List<String> row) {
        return row.isEmpty() ? "" : row.get(0);
    }
}
