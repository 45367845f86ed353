package gov.budget.imports.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a PDF's text with Apache PDFBox as positioned words. A document crafted to exhaust memory or
 * time is stopped by a page limit, a bound on the memory PDFBox may use and a parse deadline.
 */
public final class PdfWordReader {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** The cover and the table of contents. */
    private static final int COVER_PAGES = 2;

    private final int maxPages;
    private final long deadlineMillis;

    /**
     * @param maxPages       pages beyond this are refused before any is read
     * @param deadlineMillis a parse that takes longer is stopped
     */
    public PdfWordReader(int maxPages, long deadlineMillis) {
        this.maxPages = maxPages;
        this.deadlineMillis = deadlineMillis;
    }

    /** Every page's words. */
    public PrintedDocument read(byte[] pdf) {
        return read(pdf, Integer.MAX_VALUE);
    }

    /**
     * The words of the first pages only, which carry the cover: enough to refuse a file that cannot be
     * imported at once, while the whole document is read in the background.
     */
    public PrintedDocument readCover(byte[] pdf) {
        return read(pdf, COVER_PAGES);
    }

    private PrintedDocument read(byte[] pdf, int lastPage) {
        if (!isPdf(pdf)) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.NOT_A_PDF,
                    "the file is not a PDF: it does not start with %PDF-");
        }
        // scratch files instead of heap for a large document, so that one upload cannot take the heap
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf), "", null, null,
                MemoryUsageSetting.setupMixed(16L * 1024 * 1024).streamCache)) {
            if (document.isEncrypted()) {
                throw new UnreadableDocumentException(UnreadableDocumentException.Reason.ENCRYPTED,
                        "the PDF is encrypted; import the published, unencrypted document");
            }
            int pages = document.getNumberOfPages();
            if (pages > maxPages) {
                throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_MANY_PAGES,
                        "the PDF has " + pages + " pages; at most " + maxPages + " are read");
            }
            WordStripper stripper = new WordStripper(System.currentTimeMillis() + deadlineMillis);
            stripper.setEndPage(Math.min(pages, lastPage));
            stripper.getText(document);
            PrintedDocument printed = new PrintedDocument(pages, stripper.words);
            if (!printed.hasText()) {
                throw new UnreadableDocumentException(UnreadableDocumentException.Reason.NO_TEXT_LAYER,
                        "the PDF has no text layer (a scan?); OCR is not supported, import the published digital document");
            }
            return printed;
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.ENCRYPTED,
                    "the PDF is encrypted; import the published, unencrypted document");
        } catch (IOException e) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.NOT_A_PDF,
                    "the file cannot be read as a PDF: " + e.getMessage());
        }
    }

    /** Whether the bytes start as every PDF does. */
    public static boolean isPdf(byte[] bytes) {
        return bytes.length >= PDF_MAGIC.length && Arrays.equals(bytes, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length);
    }

    /** Splits PDFBox's text runs into words at white space, each with its own box. */
    private static final class WordStripper extends PDFTextStripper {

        private final long deadline;
        private final List<PrintedWord> words = new ArrayList<>();

        WordStripper(long deadline) throws IOException {
            this.deadline = deadline;
            setSortByPosition(true);
        }

        @Override
        protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
            if (System.currentTimeMillis() > deadline) {
                throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_SLOW,
                        "reading the PDF took longer than its limit; it may be crafted or damaged");
            }
            super.startPage(page);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            List<TextPosition> word = new ArrayList<>();
            for (TextPosition position : positions) {
                if (position.getUnicode().isBlank()) {
                    add(word);
                    word = new ArrayList<>();
                } else {
                    word.add(position);
                }
            }
            add(word);
        }

        private void add(List<TextPosition> word) {
            if (word.isEmpty()) {
                return;
            }
            StringBuilder text = new StringBuilder();
            List<Double> edges = new ArrayList<>();
            double x0 = Double.MAX_VALUE;
            double x1 = -Double.MAX_VALUE;
            double top = Double.MAX_VALUE;
            double bottom = -Double.MAX_VALUE;
            for (TextPosition p : word) {
                // a glyph may stand for more than one character (a ligature): they share its box
                for (int i = 0; i < p.getUnicode().length(); i++) {
                    edges.add(round(p.getXDirAdj() + p.getWidthDirAdj() * i / p.getUnicode().length()));
                }
                text.append(p.getUnicode());
                x0 = Math.min(x0, p.getXDirAdj());
                x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
                top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                bottom = Math.max(bottom, p.getYDirAdj());
            }
            edges.add(round(x1));
            words.add(new PrintedWord(getCurrentPageNo(), round(x0), round(top), round(x1), round(bottom), text.toString(),
                    edges.stream().mapToDouble(Double::doubleValue).toArray()));
        }

        private static double round(double points) {
            return Math.round(points * 10) / 10.0;
        }
    }
}
