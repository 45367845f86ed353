package gov.budget.imports.pdf;

import gov.budget.imports.extract.Samples;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The limits that stop a document crafted to exhaust memory or time, before or while it is read. */
class PdfWordReaderTest {

    private static final byte[] COMMERCE = Samples.bytes("putuo-pdf/putuo-commerce-2025-budget.pdf");

    @Test
    void aDocumentWithMorePagesThanTheLimitIsRefusedBeforeAnyPageIsRead() {
        UnreadableDocumentException refused = assertThrows(UnreadableDocumentException.class,
                () -> new PdfWordReader(10, 30_000).read(COMMERCE));
        assertEquals(UnreadableDocumentException.Reason.TOO_MANY_PAGES, refused.reason());
        assertTrue(refused.getMessage().contains("26 pages; at most 10"), refused.getMessage());
    }

    @Test
    void aDocumentThatTakesLongerThanTheDeadlineIsStopped() {
        UnreadableDocumentException stopped = assertThrows(UnreadableDocumentException.class,
                () -> new PdfWordReader(300, -1).read(COMMERCE));
        assertEquals(UnreadableDocumentException.Reason.TOO_SLOW, stopped.reason());
    }

    @Test
    void theCoverIsReadFromTheFirstPagesOnly() {
        PrintedDocument cover = new PdfWordReader(300, 30_000).readCover(COMMERCE);
        assertEquals(26, cover.pageCount());
        assertTrue(cover.lines().stream().allMatch(line -> line.page() <= 2));
    }

    @Test
    void aFigureKeepsTheBoxOfItsOwnCharacters() {
        PrintedDocument document = new PdfWordReader(300, 30_000).read(COMMERCE);
        PrintedWord sentence = document.lines().stream().flatMap(l -> l.words().stream())
                .filter(w -> w.text().contains("机关运行经费预算为171.01万元")).findFirst().orElseThrow();
        int start = sentence.text().indexOf("171.01");
        var figure = sentence.evidence(start, start + "171.01".length());
        assertEquals("171.01", figure.printed());
        assertTrue(figure.box().get(0) > sentence.x0() && figure.box().get(2) < sentence.x1(), "inside the sentence's box");
    }
}
