package gov.budget.imports.extract;

import gov.budget.imports.draft.Evidence;
import gov.budget.imports.pdf.PrintedLine;
import gov.budget.imports.pdf.PrintedWord;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A PDF's narrative: the lines from each section's title to the next table's title, and for each
 * character the word and place it was printed at.
 */
record PrintedNarrative(String text, List<PrintedWord> words, List<Integer> offsets) implements NarrativeText {

    static PrintedNarrative of(List<PrintedLine> lines, List<Pattern> sectionTitles) {
        StringBuilder text = new StringBuilder();
        List<PrintedWord> words = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        boolean inside = false;
        for (PrintedLine line : lines) {
            String compact = line.compactText();
            if (sectionTitles.stream().anyMatch(p -> p.matcher(compact).matches())) {
                inside = true;
                continue;
            }
            if (PrintedText.isTableTitle(compact)) {
                inside = false;
            }
            if (!inside) {
                continue;
            }
            for (PrintedWord word : line.words()) {
                for (int i = 0; i < word.text().length(); i++) {
                    char c = word.text().charAt(i);
                    if (!Character.isWhitespace(c)) {
                        text.append(c);
                        words.add(word);
                        offsets.add(i);
                    }
                }
            }
        }
        return new PrintedNarrative(text.toString(), words, offsets);
    }

    /** The box of the figure's characters in the first word it is printed in; a figure wrapped onto the next line keeps its first part's box. */
    @Override
    public Evidence evidence(int start, int end, String printed) {
        PrintedWord first = words.get(start);
        int from = offsets.get(start);
        int to = from;
        for (int i = start; i < end && words.get(i) == first; i++) {
            to = offsets.get(i) + 1;
        }
        return first.evidence(from, to).printedAs(printed);
    }
}
