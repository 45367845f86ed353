package gov.budget.imports.grid;

import java.util.List;

/**
 * A document made of headings, paragraphs and tables of text cells, as a Word document holds its
 * disclosure: read from a DOCX or from its text form.
 */
public record GridDocument(List<Block> blocks) {

    /** One part of the document, in order. */
    public sealed interface Block permits Heading, Paragraph, Table {
    }

    /** A bookmarked title, such as a table's. */
    public record Heading(String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    /**
     * A table: its rows of cell texts, as printed.
     *
     * @param number the table's place among the document's tables, from 1
     */
    public record Table(int number, List<List<String>> rows) implements Block {
    }

    public boolean hasTables() {
        return blocks.stream().anyMatch(b -> b instanceof Table);
    }
}
