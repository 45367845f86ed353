package gov.budget.imports.extract;

import gov.budget.imports.draft.DraftBudget;
import gov.budget.imports.grid.DocxGridReader;
import gov.budget.imports.grid.GridDocument;
import gov.budget.imports.grid.TabbedTextReader;
import gov.budget.imports.layout.PrintedLayout;
import gov.budget.imports.pdf.PdfWordReader;
import gov.budget.imports.pdf.PrintedDocument;
import gov.budget.imports.pdf.UnreadableDocumentException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads an uploaded disclosure whatever its form: a PDF, a Word document (DOCX), or the Word
 * document's tab-indented text form, each with the reader and layout of its form.
 */
public final class DocumentReader {

    /** The forms a disclosure is accepted in, told apart by their first bytes. */
    public enum Form {
        PDF, DOCX, TEXT
    }

    /** A document as read: its draft, and its page count when it has pages. */
    public record Reading(DraftBudget draft, Integer pageCount) {
    }

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final DisclosureReader pdf;
    private final GridDisclosureReader grid;

    public DocumentReader(DisclosureReader pdf, GridDisclosureReader grid) {
        this.pdf = pdf;
        this.grid = grid;
    }

    public static Form formOf(byte[] document) {
        if (PdfWordReader.isPdf(document)) {
            return Form.PDF;
        }
        // a DOCX is a zip archive
        if (document.length >= ZIP_MAGIC.length && Arrays.equals(document, 0, ZIP_MAGIC.length, ZIP_MAGIC, 0, ZIP_MAGIC.length)) {
            return Form.DOCX;
        }
        Optional<String> text = utf8(document);
        if (text.isPresent() && text.get().contains("\n\t")) {
            return Form.TEXT;
        }
        throw new UnreadableDocumentException(UnreadableDocumentException.Reason.NOT_A_PDF,
                "the file is not a PDF, a Word document (DOCX) or a Word document's tab-indented text form");
    }

    /** What the document's first pages or first table say about it, with the caller's overrides applied later. */
    public DisclosureReader.Cover cover(Form form, byte[] document, PdfWordReader pdfReader, String region) {
        if (form == Form.PDF) {
            return pdf.cover(pdfReader.readCover(document));
        }
        PrintedLayout layout = grid.layoutFor(region).orElseThrow(() -> new UnknownRegionException(region));
        return grid.cover(gridOf(form, document), layout);
    }

    /** Whether a template knows the region's disclosures in this form. */
    public boolean knowsRegion(Form form, String region) {
        return form == Form.PDF ? pdf.layoutOf(region).isPresent() : grid.layoutFor(region).isPresent();
    }

    public Reading read(Form form, byte[] document, PdfWordReader pdfReader, DisclosureReader.Cover cover) {
        if (form == Form.PDF) {
            PrintedDocument printed = pdfReader.read(document);
            return new Reading(pdf.read(printed, cover), printed.pageCount());
        }
        PrintedLayout layout = grid.layoutFor(cover.region()).orElseThrow(() -> new UnknownRegionException(cover.region()));
        return new Reading(grid.read(gridOf(form, document), layout, cover), null);
    }

    private static GridDocument gridOf(Form form, byte[] document) {
        GridDocument read = form == Form.DOCX ? new DocxGridReader().read(document)
                : new TabbedTextReader().read(utf8(document).orElseThrow());
        if (!read.hasTables()) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.NOT_A_PDF,
                    "the Word document holds no table; a disclosure's tables are what is imported");
        }
        return read;
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** A region that no layout of the document's form knows. */
    public static final class UnknownRegionException extends RuntimeException {

        private final String region;

        UnknownRegionException(String region) {
            super("no template knows the disclosures of " + region + " in this form");
            this.region = region;
        }

        public String region() {
            return region;
        }
    }
}
