package gov.budget.imports.extract;

import gov.budget.contracts.template.TemplateCatalog;
import gov.budget.imports.draft.DraftBudget;
import gov.budget.imports.draft.DraftFigure;
import gov.budget.imports.draft.DraftRow;
import gov.budget.imports.draft.Evidence;
import gov.budget.imports.layout.PrintedLayouts;
import gov.budget.imports.pdf.PdfWordReader;
import gov.budget.imports.pdf.PrintedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commerce commission's published 2025 disclosure, read from its PDF, against its cell-by-cell transcription. */
class DisclosureReaderTest {

    private static final DisclosureReader READER = new DisclosureReader(PrintedLayouts.load(), TemplateCatalog.load());
    private static DraftBudget draft;
    private static PrintedDocument document;

    @BeforeAll
    static void read() {
        document = new PdfWordReader(500, 30_000).read(Samples.bytes("putuo-pdf/putuo-commerce-2025-budget.pdf"));
        draft = READER.read(document, READER.cover(document));
    }

    @Test
    void theCoverGivesTheRegionYearAndDepartment() {
        DisclosureReader.Cover cover = READER.cover(document);
        assertEquals(new DisclosureReader.Cover("上海市普陀区", 2025, "上海市普陀区商务委员会"), cover);
        assertEquals("shanghai-putuo", draft.templateId());
    }

    @Test
    void everyTableCellEqualsTheTranscriptionAndNothingElseIsRead() {
        assertEquals(List.of(), draft.problems(), "the commerce disclosure prints nothing that cannot be read");
        assertEquals(9, draft.tables().size());
        Transcription transcription = Transcription.of("putuo-commerce-2025");
        assertEquals(List.of(), transcription.tableDifferences(draft));
        assertEquals(287, transcription.tableCells(), "the 287 table cells of the transcription");
    }

    @Test
    void everyNarrativeFigureEqualsTheTranscription() {
        Transcription transcription = Transcription.of("putuo-commerce-2025");
        assertEquals(42, transcription.narrativeFigures());
        assertEquals(List.of(), transcription.narrativeDifferences(draft));
        assertEquals(287 + 42, draft.cells(), "the transcription's 329 values");
    }

    @Test
    void aNarrativeFigureKeepsTheBoxOfItsDigits() {
        DraftFigure runningCost = draft.narrative().stream().filter(f -> f.code().equals("running_cost")).findFirst().orElseThrow();
        assertEquals(22, runningCost.evidence().page());
        assertEquals("171.01", runningCost.evidence().printed());
        assertTrue(runningCost.evidence().box().get(2) - runningCost.evidence().box().get(0) < 40, "the digits' box, not the line's");
        DraftFigure wrapped = draft.narrative().stream().filter(f -> f.code().equals("item_2150899")).findFirst().orElseThrow();
        assertEquals("29,381.00", wrapped.evidence().printed());
        assertEquals(8, wrapped.evidence().page());
    }

    @Test
    void everyValueKeepsThePageBoxAndTextItWasPrintedWith() {
        DraftRow administration = draft.tables().get(4).rows().stream().filter(r -> "2011301".equals(r.code())).findFirst().orElseThrow();
        Evidence total = administration.evidence().get("total");
        assertNotNull(total);
        assertEquals(15, total.page(), "表5 starts on page 15");
        assertEquals("9,389,913.00", total.printed());
        assertEquals(4, total.box().size());
        assertTrue(total.box().get(0) < total.box().get(2) && total.box().get(1) < total.box().get(3));
        assertEquals("行政运行", administration.evidence().get("name").printed());
    }
}
