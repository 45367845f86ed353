package gov.budget.imports.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.budget.contracts.template.TemplateCatalog;
import gov.budget.imports.draft.DraftBudget;
import gov.budget.imports.draft.DraftFigure;
import gov.budget.imports.draft.DraftRow;
import gov.budget.imports.draft.DraftTable;
import gov.budget.imports.draft.Evidence;
import gov.budget.imports.layout.PrintedLayouts;
import gov.budget.imports.pdf.PdfWordReader;
import gov.budget.imports.pdf.PrintedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

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
    void everyTableCellEqualsTheTranscriptionAndNothingElseIsRead() throws IOException {
        assertEquals(List.of(), draft.problems(), "the commerce disclosure prints nothing that cannot be read");
        JsonNode expected = new ObjectMapper().readTree(Samples.path("putuo-commerce-2025/budget.json").toFile()).get("tables");
        List<String> differences = new ArrayList<>();
        int cells = 0;
        assertEquals(9, draft.tables().size());
        for (JsonNode table : expected) {
            DraftTable read = draft.tables().get(table.get("tableNo").asInt() - 1);
            assertEquals(table.get("tableNo").asInt(), read.tableNo());
            assertEquals(table.path("note").asText(null), read.note(), "the note of table " + read.tableNo());
            List<DraftRow> rows = read.rows();
            assertEquals(table.get("rows").size(), rows.size(), "rows of table " + read.tableNo() + ": " + rows);
            for (int i = 0; i < rows.size(); i++) {
                JsonNode row = table.get("rows").get(i);
                DraftRow got = rows.get(i);
                String where = "table " + read.tableNo() + " row " + i + " ";
                if (!row.get("kind").asText().equals(got.kind().name()) || !row.path("code").asText("").equals(got.code() == null ? "" : got.code())
                        || !row.get("name").asText().equals(got.name())) {
                    differences.add(where + "expected " + row + " got " + got.kind() + " " + got.code() + " " + got.name());
                }
                Map<String, BigDecimal> amounts = got.amounts();
                Iterator<Map.Entry<String, JsonNode>> fields = row.get("amounts").fields();
                int expectedCells = 0;
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> cell = fields.next();
                    expectedCells++;
                    BigDecimal value = amounts.get(cell.getKey());
                    if (value == null || value.compareTo(cell.getValue().decimalValue()) != 0) {
                        differences.add(where + cell.getKey() + " expected " + cell.getValue() + " got " + value);
                    }
                }
                if (expectedCells != amounts.size()) {
                    differences.add(where + "expected " + expectedCells + " amounts, got " + amounts);
                }
                cells += amounts.size();
            }
        }
        assertEquals(List.of(), differences);
        assertEquals(287, cells, "the 287 table cells of the transcription");
    }

    @Test
    void everyNarrativeFigureEqualsTheTranscription() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(Samples.path("putuo-commerce-2025/budget.json").toFile()).get("narrative");
        List<String> differences = new ArrayList<>();
        assertEquals(expected.size(), draft.narrative().size(), "the 42 figures of the transcription: " + draft.narrative());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode figure = expected.get(i);
            DraftFigure read = draft.narrative().get(i);
            if (!figure.get("code").asText().equals(read.code()) || !figure.get("label").asText().equals(read.label())
                    || figure.get("amount").decimalValue().compareTo(read.amount()) != 0 || !figure.get("unit").asText().equals(read.unit())
                    || !figure.path("text").asText("").equals(read.text() == null ? "" : read.text())) {
                differences.add("expected " + figure + " got " + read);
            }
        }
        assertEquals(List.of(), differences);
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
