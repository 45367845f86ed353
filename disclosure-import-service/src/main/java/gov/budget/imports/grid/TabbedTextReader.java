package gov.budget.imports.grid;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text form of a Word disclosure (the seed's): every table cell on its own tab-indented
 * line, rows separated by blank lines, and each table preceded by its bookmarked title
 * ({@code [bookmark: …]title}). Any other line is a paragraph.
 */
public final class TabbedTextReader {

    private static final String BOOKMARK = "[bookmark:";

    public GridDocument read(String text) {
        List<GridDocument.Block> blocks = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        int tables = 0;
        for (String line : text.split("\\r?\\n", -1)) {
            if (line.startsWith("\t")) {
                row.add(line.substring(1));
                continue;
            }
            if (!row.isEmpty()) {
                rows.add(row);
                row = new ArrayList<>();
            }
            if (line.isBlank()) {
                continue;
            }
            if (!rows.isEmpty()) {
                blocks.add(new GridDocument.Table(++tables, rows));
                rows = new ArrayList<>();
            }
            // a title may follow a space or a byte-order mark the export left
            String content = line.replace("\uFEFF", "").strip();
            if (content.startsWith(BOOKMARK) && content.indexOf(']') > 0) {
                blocks.add(new GridDocument.Heading(content.substring(content.indexOf(']') + 1).strip()));
            } else {
                blocks.add(new GridDocument.Paragraph(line.strip()));
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            blocks.add(new GridDocument.Table(++tables, rows));
        }
        return new GridDocument(blocks);
    }
}
