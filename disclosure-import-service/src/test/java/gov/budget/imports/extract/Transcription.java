package gov.budget.imports.extract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.budget.contracts.ledger.RowKind;
import gov.budget.imports.draft.DraftBudget;
import gov.budget.imports.draft.DraftFigure;
import gov.budget.imports.draft.DraftRow;
import gov.budget.imports.draft.DraftTable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A sample's transcription (budget.json), compared with a draft read from the published document, table by table. */
final class Transcription {

    private final JsonNode budget;

    private Transcription(JsonNode budget) {
        this.budget = budget;
    }

    static Transcription of(String sample) {
        try {
            // amounts as BigDecimal, as the ledger reads them
            return new Transcription(new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readTree(Samples.path(sample + "/budget.json").toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many figures the transcription's narrative holds. */
    int narrativeFigures() {
        return budget.get("narrative").size();
    }

    /** Every difference between the transcription's narrative and the draft's, figure by figure in order: code, label, amount, unit and phrase. */
    List<String> narrativeDifferences(DraftBudget draft) {
        List<String> differences = new ArrayList<>();
        JsonNode expected = budget.get("narrative");
        if (expected.size() != draft.narrative().size()) {
            differences.add("expected " + expected.size() + " figures, got " + draft.narrative().size() + ": " + draft.narrative());
        }
        for (int i = 0; i < Math.min(expected.size(), draft.narrative().size()); i++) {
            JsonNode figure = expected.get(i);
            DraftFigure read = draft.narrative().get(i);
            if (!figure.get("code").asText().equals(read.code()) || !figure.get("label").asText().equals(read.label())
                    || figure.get("amount").decimalValue().compareTo(read.amount()) != 0 || !figure.get("unit").asText().equals(read.unit())
                    || !figure.path("text").asText("").equals(read.text() == null ? "" : read.text())) {
                differences.add("expected " + figure + " got " + read);
            }
        }
        return differences;
    }

    /** Every difference between the transcription's tables and the draft's: rows, kinds, codes, names, notes and amounts. */
    List<String> tableDifferences(DraftBudget draft) {
        return tableDifferences(draft, true);
    }

    /** The differences in rows, kinds, codes and amounts only: another document printing the same figures words them its own way. */
    List<String> figureDifferences(DraftBudget draft) {
        return tableDifferences(draft, false);
    }

    private List<String> tableDifferences(DraftBudget draft, boolean asPrinted) {
        List<String> differences = new ArrayList<>();
        for (JsonNode table : budget.get("tables")) {
            int tableNo = table.get("tableNo").asInt();
            DraftTable read = draft.tables().stream().filter(t -> t.tableNo() == tableNo).findFirst().orElse(null);
            if (read == null) {
                differences.add("table " + tableNo + " was not read");
                continue;
            }
            if (asPrinted && !table.path("note").asText("").equals(read.note() == null ? "" : read.note())) {
                differences.add("table " + tableNo + " note: expected " + table.path("note") + " got " + read.note());
            }
            List<DraftRow> rows = read.rows();
            if (table.get("rows").size() != rows.size()) {
                differences.add("table " + tableNo + ": expected " + table.get("rows").size() + " rows, got " + rows.size());
                continue;
            }
            for (int i = 0; i < rows.size(); i++) {
                differences.addAll(rowDifferences("table " + tableNo + " row " + (i + 1) + " ", table.get("rows").get(i), rows.get(i), asPrinted));
            }
        }
        return differences;
    }

    /** How many amounts the transcription's tables hold. */
    int tableCells() {
        int cells = 0;
        for (JsonNode table : budget.get("tables")) {
            for (JsonNode row : table.get("rows")) {
                cells += row.get("amounts").size();
            }
        }
        return cells;
    }

    private static List<String> rowDifferences(String where, JsonNode row, DraftRow got, boolean asPrinted) {
        List<String> differences = new ArrayList<>();
        // a code row may leave its kind out: it takes its table's classification
        String kind = row.hasNonNull("kind") ? row.get("kind").asText()
                : got.kind() == RowKind.FUNCTIONAL || got.kind() == RowKind.ECONOMIC ? got.kind().name() : "FUNCTIONAL or ECONOMIC";
        if (!kind.equals(got.kind().name()) || !row.path("code").asText("").equals(got.code() == null ? "" : got.code())
                || (asPrinted && !row.get("name").asText().equals(got.name()))) {
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
        return differences;
    }
}
