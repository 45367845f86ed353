package gov.budget.imports.extract;

import gov.budget.contracts.ledger.RowKind;
import gov.budget.imports.draft.DraftFigure;
import gov.budget.imports.draft.DraftRow;
import gov.budget.imports.draft.DraftTable;
import gov.budget.imports.draft.Evidence;
import gov.budget.imports.draft.ImportProblem;
import gov.budget.imports.grid.GridDocument;
import gov.budget.imports.layout.PrintedLayout;
import gov.budget.imports.pdf.PrintedLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures that the layout knows from the narrative (编制说明, 其他相关情况说明): each found
 * by the sentence that states it, in the sections' text with white space and line breaks removed, so
 * that a figure wrapped at the end of a line reads whole. Every figure keeps where its digits were printed:
 * a PDF's page and box, a Word document's paragraph.
 */
final class NarrativeReader {

    /** A 财政拨款支出主要内容 item's label: its 类, 款 and 项 names, brackets of either width. */
    private static final Pattern ITEM_LABEL = Pattern.compile(
            "^(?<lei>.+?)[（(]类[）)](?<kuan>.+?)[（(]款[）)](?<xiang>.+?)[（(]项[）)]$");

    private final PrintedLayout layout;
    private final List<DraftTable> tables;
    private final List<ImportProblem> problems;

    NarrativeReader(PrintedLayout layout, List<DraftTable> tables, List<ImportProblem> problems) {
        this.layout = layout;
        this.tables = tables;
        this.problems = problems;
    }

    /** The figures of a PDF's narrative. */
    List<DraftFigure> read(List<PrintedLine> lines) {
        return hasFigures() ? read(PrintedNarrative.of(lines, sectionTitles())) : List.of();
    }

    /** The figures of a Word document's narrative. */
    List<DraftFigure> read(GridDocument document) {
        return hasFigures() ? read(GridNarrative.of(document, sectionTitles())) : List.of();
    }

    private boolean hasFigures() {
        return layout.narrative() != null && !layout.narrative().isEmpty();
    }

    private List<Pattern> sectionTitles() {
        return layout.narrativeSections().stream().map(Pattern::compile).toList();
    }

    private List<DraftFigure> read(NarrativeText text) {
        List<DraftFigure> figures = new ArrayList<>();
        for (PrintedLayout.NarrativeFigure figure : layout.narrative()) {
            Matcher m = Pattern.compile(figure.pattern()).matcher(text.text());
            while (m.find()) {
                Optional<DraftFigure> read = figureOf(figure, m, text);
                read.ifPresent(figures::add);
                if (!figure.repeated()) {
                    break;
                }
            }
        }
        return figures;
    }

    private Optional<DraftFigure> figureOf(PrintedLayout.NarrativeFigure figure, Matcher m, NarrativeText text) {
        boolean stated = hasGroup(figure.pattern(), "amount") && m.group("amount") != null;
        // a comparison stated as unchanged (持平) prints no amount: it reads 0, evidenced by its phrase
        String group = stated ? "amount" : "text";
        String printed = m.group(group);
        Evidence evidence = text.evidence(m.start(group), m.end(group), printed);
        String code = figure.code();
        String label = figure.label();
        String phrase = null;
        if (figure.repeated()) {
            label = m.group("label");
            Optional<String> item = itemCode(label);
            if (item.isEmpty()) {
                problems.add(new ImportProblem(ImportProblem.Kind.UNKNOWN_ROW, null,
                        "the item " + label + " names no 项 of the document's tables", evidence));
                return Optional.empty();
            }
            code = figure.code() + item.get();
        } else if (hasGroup(figure.pattern(), "text")) {
            phrase = m.group("text");
            label = label.replace(PrintedLayout.NarrativeFigure.PHRASE, phrase);
        }
        BigDecimal amount = stated ? PrintedText.amount(printed) : BigDecimal.ZERO;
        return Optional.of(new DraftFigure(code, label, amount, figure.unit(), phrase, evidence));
    }

    private static boolean hasGroup(String pattern, String group) {
        return pattern.contains("(?<" + group + ">");
    }

    /** The 项 code a 类/款/项 label names, from the rows of the document's functional tables. */
    private Optional<String> itemCode(String label) {
        Matcher names = ITEM_LABEL.matcher(label);
        if (!names.matches()) {
            return Optional.empty();
        }
        List<DraftRow> rows = tables.stream().flatMap(t -> t.rows().stream())
                .filter(r -> r.kind() == RowKind.FUNCTIONAL && r.code() != null).toList();
        for (DraftRow lei : rows) {
            if (lei.code().length() != 3 || !PrintedText.bare(lei.name()).equals(PrintedText.bare(names.group("lei")))) {
                continue;
            }
            for (DraftRow kuan : rows) {
                if (kuan.code().length() != 5 || !kuan.code().startsWith(lei.code()) || !kuan.name().equals(names.group("kuan"))) {
                    continue;
                }
                for (DraftRow xiang : rows) {
                    if (xiang.code().length() == 7 && xiang.code().startsWith(kuan.code()) && xiang.name().equals(names.group("xiang"))) {
                        return Optional.of(xiang.code());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
