package gov.budget.imports.reconciliation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.budget.contracts.template.TemplateCatalog;
import gov.budget.imports.draft.DraftBudget;
import gov.budget.imports.draft.Evidence;
import gov.budget.imports.extract.DisclosureReader;
import gov.budget.imports.extract.Samples;
import gov.budget.imports.layout.PrintedLayouts;
import gov.budget.imports.pdf.PdfWordReader;
import gov.budget.imports.pdf.PrintedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A finding on the imported commerce budget opens at the page and box where its cell was printed. */
class FindingEvidenceTest {

    private static DraftBudget draft;

    @BeforeAll
    static void read() {
        DisclosureReader reader = new DisclosureReader(PrintedLayouts.load(), TemplateCatalog.load());
        PrintedDocument document = new PdfWordReader(500, 30_000).read(Samples.bytes("putuo-pdf/putuo-commerce-2025-budget.pdf"));
        draft = reader.read(document, reader.cover(document));
    }

    @Test
    void aFindingOnACodedRowOpensAtItsPrintedFigure() throws IOException {
        Evidence evidence = FindingEvidence.evidenceOf(draft, finding("{\"table\":5,\"rowCode\":\"2011301\",\"column\":\"total\"}"))
                .orElseThrow();
        assertEquals(15, evidence.page());
        assertEquals("9,389,913.00", evidence.printed());
    }

    @Test
    void aFindingOnATotalOpensAtTheTotalsFigure() throws IOException {
        Evidence evidence = FindingEvidence.evidenceOf(draft, finding("{\"table\":3,\"rowCode\":\"total\",\"column\":\"basic\"}"))
                .orElseThrow();
        assertEquals(13, evidence.page());
        assertEquals("19,830,655.00", evidence.printed());
    }

    @Test
    void aCellPrintedBlankOpensAtItsRowsLabel() throws IOException {
        Evidence evidence = FindingEvidence.evidenceOf(draft,
                finding("{\"table\":1,\"rowCode\":\"income_government_fund\",\"column\":\"amount\"}")).orElseThrow();
        assertEquals(9, evidence.page());
        assertEquals("2. 政府性基金", evidence.printed());
    }

    @Test
    void aNarrativeFindingOpensAtTheFigureInItsSentence() throws IOException {
        Evidence evidence = FindingEvidence.evidenceOf(draft, finding("{\"table\":null,\"rowCode\":\"item_2011301\",\"column\":null}"))
                .orElseThrow();
        assertEquals(7, evidence.page());
        assertEquals("938.99", evidence.printed());
    }

    @Test
    void aFindingWithoutALocatedCellHasNoEvidence() throws IOException {
        Optional<Evidence> evidence = FindingEvidence.evidenceOf(draft, finding("{\"table\":null,\"rowCode\":null,\"column\":null}"));
        assertTrue(evidence.isEmpty());
    }

    private static JsonNode finding(String json) throws IOException {
        return new ObjectMapper().readTree(json);
    }
}
