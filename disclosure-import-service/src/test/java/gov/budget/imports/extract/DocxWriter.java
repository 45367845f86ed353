package gov.budget.imports.extract;

import gov.budget.imports.grid.GridDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

/** Writes a document as Word writes a disclosure: bookmarked titles, paragraphs and tables (with Apache POI). */
final class DocxWriter {

    private DocxWriter() {
    }

    static byte[] write(GridDocument document) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int bookmarks = 0;
            for (GridDocument.Block block : document.blocks()) {
                if (block instanceof GridDocument.Heading heading) {
                    XWPFParagraph paragraph = docx.createParagraph();
                    CTBookmark bookmark = paragraph.getCTP().addNewBookmarkStart();
                    bookmark.setName("_Toc_" + (++bookmarks));
                    bookmark.setId(BigInteger.valueOf(bookmarks));
                    paragraph.createRun().setText(heading.text());
                    paragraph.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(bookmarks));
                } else if (block instanceof GridDocument.Paragraph text) {
                    docx.createParagraph().createRun().setText(text.text());
                } else if (block instanceof GridDocument.Table table) {
                    XWPFTable written = docx.createTable();
                    List<List<String>> rows = table.rows();
                    for (int r = 0; r < rows.size(); r++) {
                        XWPFTableRow row = r == 0 ? written.getRow(0) : written.createRow();
                        List<String> cells = rows.get(r);
                        while (row.getTableCells().size() < cells.size()) {
                            row.addNewTableCell();
                        }
                        for (int c = 0; c < cells.size(); c++) {
                            row.getCell(c).setText(cells.get(c));
                        }
                        // a new row copies the previous row's cells; a shorter row keeps only its own
                        while (row.getTableCells().size() > cells.size()) {
                            row.removeCell(row.getTableCells().size() - 1);
                        }
                    }
                }
            }
            docx.write(out);
            return out.toByteArray();
        }
    }
}
