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
import gov.budget.imports.layout.PrintedLayout;
import gov.budget.imports.pdf.PrintedLine;
import gov.budget.imports.pdf.PrintedWord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one table of a printed disclosure: finds it by its printed title (with or without the year,
 * as a 部门 or a 单位 table), checks its unit, places its columns by the x-positions of their printed
 * headers (nested ones included), and reads its rows, across page breaks, until its total.
 */
final class TableReader {

    private static final Pattern UNIT = Pattern.compile("^单位[:：](?<unit>元|万元)$");
    private static final Set<String> CODE_HEADERS = Set.of("类", "款", "项");
    private static final String TOTAL = "合计";
    /** What an empty table prints in its body. */
    private static final String NOTHING = "无";

    private final TableTemplate template;
    private final PrintedLayout layout;
    private final PrintedLayout.TableLayout tableLayout;
    private final List<PrintedLine> lines;
    private final List<ImportProblem> problems;
    private final Pattern title;

    TableReader(TableTemplate template, PrintedLayout layout, List<PrintedLine> lines, List<ImportProblem> problems) {
        this.template = template;
        this.layout = layout;
        this.tableLayout = layout.table(template.number()).orElse(PrintedLayout.TableLayout.plain(template.number()));
        this.lines = lines;
        this.problems = problems;
        String stem = template.title().replaceFirst("^(部门|单位)", "");
        this.title = Pattern.compile("^(\\d{4}年)?(部门|预算单位|单位)?" + Pattern.quote(PrintedText.compact(stem)) + "$");
    }

    /**
     * A column of the template where it is printed; a printed header that matches no column of the
     * template is placed too, with no code, so that its figures are reported rather than taken for a neighbour's.
     */
    private record PlacedColumn(String code, int side, double centerX, PrintedWord unmatchedHeader, boolean unkept) {
    }

    /** Where the table starts in the document's lines, or empty when its title is not printed. */
    Optional<Integer> titleLine() {
        for (int i = 0; i < lines.size(); i++) {
            if (title.matcher(PrintedText.compact(lines.get(i).compactText())).matches()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    Optional<DraftTable> read() {
        Optional<Integer> start = titleLine();
        if (start.isEmpty()) {
            problems.add(new ImportProblem(ImportProblem.Kind.TABLE_NOT_FOUND, template.number(),
                    "no printed title matches 表" + template.number() + " " + template.title(), null));
            return Optional.empty();
        }
        PrintedLine titleLine = lines.get(start.get());
        int at = start.get() + 1;
        // the unit prints beside the department on the line under the title
        for (; at < lines.size() && lines.get(at).page() == titleLine.page(); at++) {
            Optional<PrintedWord> unit = unitOf(lines.get(at));
            if (unit.isPresent()) {
                Matcher m = UNIT.matcher(PrintedText.compact(unit.get().text()));
                if (m.matches() && !m.group("unit").equals(template.unit())) {
                    problems.add(new ImportProblem(ImportProblem.Kind.UNIT_MISMATCH, template.number(),
                            "the table prints its amounts in " + m.group("unit") + ", the template's are in " + template.unit(),
                            unit.get().evidence()));
                }
                at++;
                break;
            }
        }
        List<PrintedWord> header = new ArrayList<>();
        for (; at < lines.size() && !isBody(lines.get(at)); at++) {
            header.addAll(lines.get(at).words());
        }
        List<PlacedColumn> columns = placeColumns(header);
        List<Double> codeColumns = header.stream().filter(w -> CODE_HEADERS.contains(w.text())).map(PrintedWord::centerX).toList();
        List<Double> nameCenters = header.stream().filter(w -> w.text().equals("项目")).map(PrintedWord::centerX).sorted().toList();
        Set<String> headerVocabulary = headerVocabulary(header);
        Rows rows = new Rows(tableLayout.twoSided() ? tableLayout.sides().size() : 1);
        String note = null;
        int page = lines.size() > at ? lines.get(at).page() : titleLine.page();
        for (; at < lines.size(); at++) {
            PrintedLine line = lines.get(at);
            if (isTitle(line)) {
                break;
            }
            if (line.page() != page) {
                page = line.page();
            }
            String compact = line.compactText();
            if (compact.startsWith("注")) {
                note = line.text();
                continue;
            }
            if (isHeaderRepeat(line, headerVocabulary) || compact.equals(NOTHING)) {
                continue;
            }
            boolean last = readLine(line, columns, codeColumns, nameCenters, rows);
            if (last) {
                // a note prints right under an empty table's total
                if (at + 1 < lines.size() && lines.get(at + 1).compactText().startsWith("注")) {
                    note = lines.get(at + 1).text();
                }
                break;
            }
        }
        return Optional.of(new DraftTable(template.number(), note, rows.inOrder(), titleLine.words().get(0).evidence()));
    }

    /** Whether a line starts another table or section, which ends this one. */
    private boolean isTitle(PrintedLine line) {
        return PrintedText.isTableTitle(line.compactText()) || PrintedText.compact(line.compactText()).equals("其他相关情况说明");
    }

    private static Optional<PrintedWord> unitOf(PrintedLine line) {
        return line.words().stream().filter(w -> UNIT.matcher(PrintedText.compact(w.text())).matches()).findFirst();
    }

    /** The first line of the body: a figure, a code, a total, a note, or a known item. */
    private boolean isBody(PrintedLine line) {
        for (PrintedWord word : line.words()) {
            if (PrintedText.isAmount(word.text()) && !CODE_HEADERS.contains(word.text())) {
                return true;
            }
        }
        String first = PrintedText.bare(line.words().get(0).text());
        if (line.words().size() == 1 && first.equals(NOTHING)) {
            return true;
        }
        // a header line may start with 合计 as a column's label (表9); an empty table's total prints alone
        if ((first.equals(TOTAL) && line.words().size() == 1) || line.compactText().startsWith("注")) {
            return true;
        }
        return tableLayout.twoSided() && tableLayout.sides().stream().anyMatch(s -> s.items().containsKey(first));
    }

    private boolean isHeaderRepeat(PrintedLine line, Set<String> vocabulary) {
        return line.words().stream().allMatch(w -> vocabulary.contains(PrintedText.compact(w.text())));
    }

    private Set<String> headerVocabulary(List<PrintedWord> header) {
        Set<String> vocabulary = new HashSet<>();
        header.forEach(w -> vocabulary.add(PrintedText.compact(w.text())));
        return vocabulary;
    }

    /**
     * Places each template column at its printed header: a leaf printed on one line or on two
     * stacked lines, under its parent when the label is nested (公务用车购置及运行费/购置费). Headers
     * left over that are not structural match no column, and are problems.
     */
    private List<PlacedColumn> placeColumns(List<PrintedWord> header) {
        Set<PrintedWord> used = new HashSet<>();
        List<PlacedColumn> placed = new ArrayList<>();
        List<List<String>> sides = tableLayout.twoSided()
                ? tableLayout.sides().stream().map(PrintedLayout.Side::columns).toList()
                : List.of(template.columns().stream().map(ColumnTemplate::code).toList());
        // a label printed on both sides is taken left to right
        for (int side = 0; side < sides.size(); side++) {
            PrintedLayout.Side printedSide = tableLayout.twoSided() ? tableLayout.sides().get(side) : null;
            for (String code : sides.get(side)) {
                ColumnTemplate column = template.column(code).orElseThrow();
                List<String> labels = printedSide == null ? List.of(column.label()) : printedSide.labelsOf(code, column.label());
                Optional<List<PrintedWord>> found = Optional.empty();
                for (int i = 0; i < labels.size() && found.isEmpty(); i++) {
                    found = find(labels.get(i), header, used);
                }
                if (found.isEmpty()) {
                    problems.add(new ImportProblem(ImportProblem.Kind.COLUMN_NOT_FOUND, template.number(),
                            "no printed header matches the column " + column.label(), null));
                    continue;
                }
                used.addAll(found.get());
                PrintedWord leaf = found.get().get(found.get().size() - 1);
                placed.add(new PlacedColumn(code, side, leaf.centerX(), null, false));
            }
            if (printedSide != null && printedSide.unkept() != null) {
                for (String label : printedSide.unkept()) {
                    for (PrintedWord word : header) {
                        if (!used.contains(word) && PrintedText.compact(word.text()).equals(PrintedText.compact(label))) {
                            used.add(word);
                            placed.add(new PlacedColumn(null, side, word.centerX(), word, true));
                        }
                    }
                }
            }
        }
        for (PrintedWord word : header) {
            String text = PrintedText.compact(word.text());
            if (!used.contains(word) && !layout.structuralHeaders().contains(word.text()) && !CODE_HEADERS.contains(text)
                    && !isParentOfUsed(word, used)) {
                problems.add(new ImportProblem(ImportProblem.Kind.UNKNOWN_HEADER, template.number(),
                        "the header " + word.text() + " matches no column of the template", word.evidence()));
                placed.add(new PlacedColumn(null, sideOfHeader(word, placed), word.centerX(), word, false));
            }
        }
        return placed;
    }

    /** The side of the template column printed nearest to a header. */
    private static int sideOfHeader(PrintedWord header, List<PlacedColumn> placed) {
        return placed.stream().filter(c -> c.code() != null)
                .min(Comparator.comparingDouble(c -> Math.abs(c.centerX() - header.centerX())))
                .map(PlacedColumn::side).orElse(0);
    }

    /** A spanning header over used leaves (公务用车购置及运行费 over 小计, 购置费, 运行费). */
    private static boolean isParentOfUsed(PrintedWord word, Set<PrintedWord> used) {
        return used.stream().anyMatch(u -> u.top() > word.bottom() && u.centerX() >= word.x0() && u.centerX() <= word.x1());
    }

    /**
     * The header words of a label, the leaf last: the leaf alone or two stacked words that join to it,
     * the leftmost unused match. With a parent, the leaf is the one printed under the parent nearest
     * to its middle: a spanning header prints centred over its leaves, narrower than they spread.
     */
    private static Optional<List<PrintedWord>> find(String label, List<PrintedWord> header, Set<PrintedWord> used) {
        String[] parts = label.split("/");
        String leaf = PrintedText.compact(parts[parts.length - 1]);
        PrintedWord parent = null;
        if (parts.length > 1) {
            String parentText = PrintedText.compact(parts[0]);
            // a spanning header serves several leaves; one that is not another column's label is taken first
            parent = header.stream().filter(w -> PrintedText.compact(w.text()).equals(parentText))
                    .min(Comparator.comparing(used::contains)).orElse(null);
            if (parent == null) {
                return Optional.empty();
            }
        }
        List<List<PrintedWord>> candidates = new ArrayList<>();
        for (PrintedWord word : header) {
            if (used.contains(word) || (parent != null && word.top() <= parent.bottom())) {
                continue;
            }
            String text = PrintedText.compact(word.text());
            if (text.equals(leaf)) {
                candidates.add(parent == null ? List.of(word) : List.of(parent, word));
            } else if (leaf.startsWith(text)) {
                for (PrintedWord below : header) {
                    if (below != word && !used.contains(below) && below.top() > word.top() && below.top() - word.bottom() < 12
                            && word.overlapsHorizontally(below) && (text + PrintedText.compact(below.text())).equals(leaf)) {
                        candidates.add(parent == null ? List.of(word, below) : List.of(parent, word, below));
                    }
                }
            }
        }
        PrintedWord centre = parent;
        Comparator<List<PrintedWord>> order = centre == null
                ? Comparator.comparingDouble(c -> c.get(c.size() - 1).x0())
                : Comparator.comparingDouble(c -> Math.abs(c.get(c.size() - 1).centerX() - centre.centerX()));
        return candidates.stream().min(order);
    }

    /**
     * Reads one body line into its side's row or rows; true when it was the table's last line (its
     * total, its grand totals, or its only row).
     */
    private boolean readLine(PrintedLine line, List<PlacedColumn> columns, List<Double> codeColumns, List<Double> nameCenters,
                             Rows rows) {
        int sides = rows.sides();
        List<List<PrintedWord>> codeWords = new ArrayList<>();
        List<List<PrintedWord>> nameWords = new ArrayList<>();
        List<List<PrintedWord>> amountWords = new ArrayList<>();
        for (int s = 0; s < sides; s++) {
            codeWords.add(new ArrayList<>());
            nameWords.add(new ArrayList<>());
            amountWords.add(new ArrayList<>());
        }
        double codeLimit = codeColumns.stream().mapToDouble(Double::doubleValue).max().orElse(-1) + 15;
        for (PrintedWord word : line.words()) {
            if (PrintedText.isAmount(word.text()) && !(PrintedText.isDigits(word.text()) && word.centerX() <= codeLimit)) {
                PlacedColumn column = nearest(columns, word.centerX());
                if (column == null) {
                    problems.add(new ImportProblem(ImportProblem.Kind.UNREADABLE_CELL, template.number(),
                            "the figure " + word.text() + " is under no column", word.evidence()));
                } else {
                    amountWords.get(column.side()).add(word);
                }
            } else if (PrintedText.isDigits(word.text()) && word.centerX() <= codeLimit) {
                codeWords.get(0).add(word);
            } else {
                nameWords.get(sideOf(word, nameCenters)).add(word);
            }
        }
        boolean last = false;
        for (int s = 0; s < sides; s++) {
            if (tableLayout.singleRow() != null) {
                DraftRow row = DraftRow.of(RowKind.ITEM, tableLayout.singleRow().code(), tableLayout.singleRow().name(), null);
                fill(row, amountWords.get(s), columns);
                rows.add(s, row);
                return true;
            }
            if (nameWords.get(s).isEmpty() && codeWords.get(s).isEmpty()) {
                if (!amountWords.get(s).isEmpty()) {
                    amountWords.get(s).forEach(w -> problems.add(new ImportProblem(ImportProblem.Kind.UNREADABLE_CELL, template.number(),
                            "the figure " + w.text() + " belongs to no row", w.evidence())));
                }
                continue;
            }
            String name = nameWords.get(s).stream().map(PrintedWord::text).reduce((a, b) -> a + " " + b).orElse("");
            Evidence nameEvidence = span(nameWords.get(s).isEmpty() ? codeWords.get(s) : nameWords.get(s));
            // a code table's line with a name alone continues the name of the row above (a long name wrapped)
            if (!tableLayout.twoSided() && codeWords.get(s).isEmpty() && amountWords.get(s).isEmpty() && !rows.isEmpty(s)
                    && !PrintedText.bare(name).equals(TOTAL)) {
                rows.continueName(s, name, nameEvidence);
                continue;
            }
            DraftRow row = rowOf(s, name, nameEvidence, codeWords.get(s));
            if (row == null) {
                continue;
            }
            fill(row, amountWords.get(s), columns);
            // an empty table prints an empty total
            if (row.kind() == RowKind.TOTAL && row.amounts().isEmpty()) {
                last = true;
                continue;
            }
            rows.add(s, row);
            last |= row.kind() == RowKind.TOTAL || "income_grand_total".equals(row.code()) || "expenditure_grand_total".equals(row.code());
        }
        return last && (!tableLayout.twoSided() || rows.hasCode("expenditure_grand_total"));
    }

    private static int sideOf(PrintedWord word, List<Double> nameCenters) {
        if (nameCenters.size() < 2) {
            return 0;
        }
        int best = 0;
        for (int i = 1; i < nameCenters.size(); i++) {
            if (Math.abs(word.centerX() - nameCenters.get(i)) < Math.abs(word.centerX() - nameCenters.get(best))) {
                best = i;
            }
        }
        return best;
    }

    /** The row a printed label and code stand for; null, with a problem, when it stands for none. */
    private DraftRow rowOf(int side, String name, Evidence nameEvidence, List<PrintedWord> code) {
        String bare = PrintedText.bare(name);
        if (!code.isEmpty()) {
            String printed = code.stream().map(PrintedWord::text).reduce((a, b) -> a + " " + b).orElseThrow();
            String joined = printed.replace(" ", "");
            RowKind kind = template.codeKind().orElse(RowKind.FUNCTIONAL);
            boolean valid = kind == RowKind.ECONOMIC ? EconomicCode.isWellFormed(joined) : FunctionalCode.isWellFormed(joined);
            if (!valid || !codeColumnsConsistent(code)) {
                problems.add(new ImportProblem(ImportProblem.Kind.MALFORMED_CODE, template.number(),
                        "the code is printed as " + printed + ", which is not a classification code", span(code)));
                return null;
            }
            return DraftRow.of(kind, joined, name, nameEvidence);
        }
        if (bare.equals(TOTAL)) {
            return DraftRow.of(RowKind.TOTAL, null, name, nameEvidence);
        }
        if (tableLayout.twoSided()) {
            PrintedLayout.Side printedSide = tableLayout.sides().get(side);
            String item = printedSide.items().get(bare);
            if (item != null) {
                return DraftRow.of(RowKind.ITEM, item, name, nameEvidence);
            }
            if (printedSide.classesByName()) {
                // its code comes from the 类 of the same name in the document's other tables
                return DraftRow.of(RowKind.FUNCTIONAL, null, name, nameEvidence);
            }
        }
        problems.add(new ImportProblem(ImportProblem.Kind.UNKNOWN_ROW, template.number(),
                "the row " + name + " has no code and is no item the template knows", nameEvidence));
        return null;
    }

    /** A code printed in its 类/款/项 columns is one part per column; a joined code prints in one word. */
    private static boolean codeColumnsConsistent(List<PrintedWord> code) {
        return code.size() == 1 || code.stream().allMatch(w -> w.text().length() == (w == code.get(0) ? 3 : 2));
    }

    private void fill(DraftRow row, List<PrintedWord> amounts, List<PlacedColumn> columns) {
        for (PrintedWord word : amounts) {
            PlacedColumn column = nearest(columns, word.centerX());
            if (column.unkept()) {
                // a breakdown the template does not have; the tables that have it hold the same figures
                continue;
            }
            if (column.code() == null) {
                problems.add(new ImportProblem(ImportProblem.Kind.UNREADABLE_CELL, template.number(),
                        "the figure " + word.text() + " of the row " + row.name() + " prints under the header "
                                + column.unmatchedHeader().text() + ", which matches no column of the template", word.evidence()));
                continue;
            }
            if (row.amounts().containsKey(column.code())) {
                problems.add(new ImportProblem(ImportProblem.Kind.UNREADABLE_CELL, template.number(),
                        "two figures print under the column " + column.code() + " of the row " + row.name(), word.evidence()));
                continue;
            }
            row.amounts().put(column.code(), PrintedText.amount(word.text()));
            row.evidence().put(column.code(), word.evidence());
        }
    }

    private static PlacedColumn nearest(List<PlacedColumn> columns, double x) {
        return columns.stream().min(Comparator.comparingDouble(c -> Math.abs(c.centerX() - x))).orElse(null);
    }

    private static Evidence span(List<PrintedWord> words) {
        PrintedWord first = words.get(0);
        double x0 = words.stream().mapToDouble(PrintedWord::x0).min().orElseThrow();
        double x1 = words.stream().mapToDouble(PrintedWord::x1).max().orElseThrow();
        double top = words.stream().mapToDouble(PrintedWord::top).min().orElseThrow();
        double bottom = words.stream().mapToDouble(PrintedWord::bottom).max().orElseThrow();
        String text = words.stream().map(PrintedWord::text).reduce((a, b) -> a + " " + b).orElseThrow();
        return Evidence.of(first.page(), x0, top, x1, bottom, text);
    }

    /** The rows read so far, per side; a two-sided table lists its left side's rows first. */
    private static final class Rows {

        private final List<List<DraftRow>> bySide = new ArrayList<>();

        Rows(int sides) {
            for (int i = 0; i < sides; i++) {
                bySide.add(new ArrayList<>());
            }
        }

        int sides() {
            return bySide.size();
        }

        void add(int side, DraftRow row) {
            bySide.get(side).add(row);
        }

        boolean isEmpty(int side) {
            return bySide.get(side).isEmpty();
        }

        boolean hasCode(String code) {
            return bySide.stream().flatMap(List::stream).anyMatch(r -> code.equals(r.code()));
        }

        void continueName(int side, String more, Evidence evidence) {
            List<DraftRow> rows = bySide.get(side);
            DraftRow last = rows.get(rows.size() - 1);
            Evidence before = last.evidence().get("name");
            rows.set(rows.size() - 1, last.withName(last.name() + more, before == null ? evidence : before));
        }

        List<DraftRow> inOrder() {
            return bySide.stream().flatMap(List::stream).toList();
        }
    }
}
