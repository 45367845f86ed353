package gov.budget.imports.extract;

import gov.budget.imports.draft.Evidence;
import gov.budget.imports.grid.GridDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Word document's narrative: the paragraphs under each section's title, up to the next title or
 * table, and for each character the paragraph it is in (counted from 1 among the document's
 * paragraphs and titles outside its tables).
 */
record GridNarrative(String text, List<Integer> paragraphs) implements NarrativeText {

    static GridNarrative of(GridDocument document, List<Pattern> sectionTitles) {
        StringBuilder text = new StringBuilder();
        List<Integer> paragraphs = new ArrayList<>();
        boolean inside = false;
        int paragraph = 0;
        for (GridDocument.Block block : document.blocks()) {
            if (block instanceof GridDocument.Table) {
                inside = false;
                continue;
            }
            paragraph++;
            if (block instanceof GridDocument.Heading heading) {
                String compact = heading.text().replaceAll("\\s+", "");
                inside = sectionTitles.stream().anyMatch(p -> p.matcher(compact).matches());
                continue;
            }
            if (!inside) {
                continue;
            }
            String printed = ((GridDocument.Paragraph) block).text();
            for (int i = 0; i < printed.length(); i++) {
                char c = printed.charAt(i);
                if (!Character.isWhitespace(c)) {
                    text.append(c);
                    paragraphs.add(paragraph);
                }
            }
        }
        return new GridNarrative(text.toString(), paragraphs);
    }

    @Override
    public Evidence evidence(int start, int end, String printed) {
        return Evidence.inParagraph(paragraphs.get(start), printed);
    }
}
