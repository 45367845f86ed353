package gov.budget.imports.extract;

import gov.budget.contracts.template.TemplateCatalog;
import gov.budget.imports.draft.DraftBudget;
import gov.budget.imports.draft.DraftFigure;
import gov.budget.imports.draft.DraftRow;
import gov.budget.imports.draft.Evidence;
import gov.budget.imports.grid.DocxGridReader;
import gov.budget.imports.grid.GridDocument;
import gov.budget.imports.grid.TabbedTextReader;
import gov.budget.imports.layout.PrintedLayout;
import gov.budget.imports.layout.PrintedLayouts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed department's published Word disclosure, in its text form and as a DOCX, against its transcription. */
class GridDisclosureReaderTest {

    private static final GridDisclosureReader READER = new GridDisclosureReader(PrintedLayouts.load(), TemplateCatalog.load());
    private static PrintedLayout hebei;
    private static GridDocument text;

    @BeforeAll
    static void read() {
        hebei = READER.layoutFor(null).orElseThrow();
        text = new TabbedTextReader().read(new String(Samples.bytes("323-2024/published.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void theTextFormImportsEqualToTheTranscriptionTableByTable() {
        DraftBudget draft = READER.read(text, hebei, READER.cover(text, hebei));
        assertEquals(new DisclosureReader.Cover("河北省", 2024, "秦皇岛市海港区人力资源和社会保障局"), READER.cover(text, hebei));
        assertEquals("hebei-2024", draft.templateId());
        assertEquals(List.of(), draft.problems());
        Transcription transcription = Transcription.of("323-2024");
        assertEquals(List.of(), transcription.tableDifferences(draft));
        assertEquals(transcription.tableCells(), draft.cells() - draft.narrative().size());
    }

    @Test
    void theNarrativeFiguresEqualTheTranscription() {
        DraftBudget draft = READER.read(text, hebei, READER.cover(text, hebei));
        Transcription transcription = Transcription.of("323-2024");
        assertEquals(19, transcription.narrativeFigures(), "机关运行经费 and its 11 items, the 三公 figures and their comparison");
        assertEquals(List.of(), transcription.narrativeDifferences(draft));
        assertEquals(transcription.tableCells() + 19, draft.cells());
    }

    @Test
    void aNarrativeFigureKeepsItsParagraph() {
        DraftBudget draft = READER.read(text, hebei, READER.cover(text, hebei));
        DraftFigure reception = draft.narrative().stream().filter(f -> f.code().equals("three_public.reception")).findFirst().orElseThrow();
        assertEquals("1.09", reception.evidence().printed());
        int paragraph = reception.evidence().paragraph();
        assertTrue(paragraphs(text).get(paragraph - 1).startsWith("2024年，我部门财政拨款“三公”经费预算安排7.85万元"),
                "paragraph " + paragraph + " is the one that states the 三公 figures");
        DraftFigure unchanged = draft.narrative().stream().filter(f -> f.code().equals("three_public_change")).findFirst().orElseThrow();
        assertEquals(0, unchanged.amount().signum(), "持平 reads 0");
        assertEquals("与2023年相比持平", unchanged.evidence().printed());
        assertEquals(paragraph, unchanged.evidence().paragraph());
    }

    /** The document's paragraphs and titles outside its tables, in order, as the evidence counts them. */
    private static List<String> paragraphs(GridDocument document) {
        return document.blocks().stream()
                .filter(b -> !(b instanceof GridDocument.Table))
                .map(b -> b instanceof GridDocument.Heading h ? h.text() : ((GridDocument.Paragraph) b).text())
                .toList();
    }

    @Test
    void aValueKeepsItsTableRowAndCell() {
        DraftBudget draft = READER.read(text, hebei, READER.cover(text, hebei));
        DraftRow administration = draft.tables().get(1).rows().stream().filter(r -> "2080101".equals(r.code())).findFirst().orElseThrow();
        Evidence total = administration.evidence().get("total");
        assertEquals("279.52", total.printed());
        assertEquals(2, total.table(), "表2 is the document's second table");
        assertEquals(4, total.cell(), "序号, 科目编码, 科目名称, then 合计");
    }

    @Test
    void theSameDocumentAsADocxImportsTheSame() throws Exception {
        GridDocument docx = new DocxGridReader().read(DocxWriter.write(text));
        assertEquals(READER.read(text, hebei, READER.cover(text, hebei)), READER.read(docx, hebei, READER.cover(docx, hebei)));
    }
}
