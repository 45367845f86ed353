package gov.budget.imports.grid;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Word disclosure (DOCX) with Apache POI's XWPF into the same headings, paragraphs and
 * tables as its text form: a paragraph that carries a bookmark is a title, each table row its cells' text.
 */
public final class DocxGridReader {

    public GridDocument read(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<GridDocument.Block> blocks = new ArrayList<>();
            int tables = 0;
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    String text = paragraph.getText().strip();
                    if (text.isEmpty()) {
                        continue;
                    }
                    boolean bookmarked = !paragraph.getCTP().getBookmarkStartList().isEmpty();
                    blocks.add(bookmarked ? new GridDocument.Heading(text) : new GridDocument.Paragraph(text));
                } else if (element instanceof XWPFTable table) {
                    List<List<String>> rows = new ArrayList<>();
                    for (XWPFTableRow row : table.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(cell.getText());
                        }
                        rows.add(cells);
                    }
                    blocks.add(new GridDocument.Table(++tables, rows));
                }
            }
            return new GridDocument(blocks);
        } catch (IOException e) {
            throw new UncheckedIOException("the Word document cannot be read", e);
        }
    }
}
