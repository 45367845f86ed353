package gov.budget.imports.draft;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Where an imported value was printed, and its text exactly as printed. In a PDF: its page and its
 * bounding box in PDF points from the page's top-left corner [x0, top, x1, bottom]. In a Word
 * document or its text form: the table (counted from 1 in the document), row and cell it is in, or
 * for a figure of the narrative its paragraph.
 */
public record Evidence(@Schema(nullable = true, description = "The PDF page, from 1") Integer page,
                       @Schema(nullable = true, description = "[x0, top, x1, bottom] in PDF points") List<Double> box,
                       @Schema(nullable = true, description = "The Word table, from 1") Integer table,
                       @Schema(nullable = true, description = "The row in the Word table, from 1") Integer row,
                       @Schema(nullable = true, description = "The cell in the row, from 1") Integer cell,
                       @Schema(nullable = true, description = "The Word paragraph outside the tables, from 1, counting the titles and the paragraphs that are not empty") Integer paragraph,
                       String printed) {

    public static Evidence of(int page, double x0, double top, double x1, double bottom, String printed) {
        return new Evidence(page, List.of(x0, top, x1, bottom), null, null, null, null, printed);
    }

    public static Evidence inTable(int table, int row, int cell, String printed) {
        return new Evidence(null, null, table, row, cell, null, printed);
    }

    public static Evidence inParagraph(int paragraph, String printed) {
        return new Evidence(null, null, null, null, null, paragraph, printed);
    }

    /** The same place with the text as printed around it, such as a figure wrapped across a line. */
    public Evidence printedAs(String text) {
        return new Evidence(page, box, table, row, cell, paragraph, text);
    }
}
