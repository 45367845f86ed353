package gov.budget.imports.extract;

import gov.budget.contracts.template.TemplateCatalog;
import gov.budget.imports.draft.DraftBudget;
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
        assertEquals(transcription.tableCells(), draft.cells());
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
