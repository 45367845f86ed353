package gov.budget.imports.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A document's printed text as words, grouped into the lines of each page in reading order. */
public final class PrintedDocument {

    /** Words whose baselines differ by no more than this (points) print on one line. */
    private static final double SAME_LINE = 2.5;

    private final int pageCount;
    private final List<PrintedLine> lines;

    public PrintedDocument(int pageCount, List<PrintedWord> words) {
        this.pageCount = pageCount;
        this.lines = linesOf(words);
    }

    public int pageCount() {
        return pageCount;
    }

    /** Every line of the document: page by page, top to bottom. */
    public List<PrintedLine> lines() {
        return lines;
    }

    public boolean hasText() {
        return !lines.isEmpty();
    }

    private static List<PrintedLine> linesOf(List<PrintedWord> words) {
        List<PrintedWord> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(PrintedWord::page).thenComparingDouble(PrintedWord::bottom));
        List<PrintedLine> lines = new ArrayList<>();
        List<PrintedWord> current = new ArrayList<>();
        for (PrintedWord word : sorted) {
            if (!current.isEmpty()) {
                PrintedWord first = current.get(0);
                if (first.page() != word.page() || word.bottom() - first.bottom() > SAME_LINE) {
                    lines.add(line(current));
                    current = new ArrayList<>();
                }
            }
            current.add(word);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return List.copyOf(lines);
    }

    private static PrintedLine line(List<PrintedWord> words) {
        List<PrintedWord> leftToRight = new ArrayList<>(words);
        leftToRight.sort(Comparator.comparingDouble(PrintedWord::x0));
        return new PrintedLine(words.get(0).page(), words.get(0).bottom(), List.copyOf(leftToRight));
    }
}
