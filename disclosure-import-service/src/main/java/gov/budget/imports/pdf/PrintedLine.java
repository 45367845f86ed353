package gov.budget.imports.pdf;

import java.util.List;
import java.util.stream.Collectors;

/** The words of one printed line of a page, left to right. */
public record PrintedLine(int page, double baseline, List<PrintedWord> words) {

    /** The line's text with its words joined by one space. */
    public String text() {
        return words.stream().map(PrintedWord::text).collect(Collectors.joining(" "));
    }

    /** The line's text without any white space, for matching titles that print with spaces. */
    public String compactText() {
        return words.stream().map(PrintedWord::text).collect(Collectors.joining()).replaceAll("\\s+", "");
    }
}
