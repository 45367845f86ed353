package gov.budget.reconciliation.rule;

import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.ledger.NarrativeFigure;
import gov.budget.contracts.ledger.RowKind;
import gov.budget.contracts.template.TemplateCatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sample disclosure from the project's sample data, as the rules read it: the seed department's
 * whole 2024 disclosure under the Hebei template, or the Putuo commerce commission's 2025 one under
 * {@code shanghai-putuo}; as published, or with changes.
 */
final class SeedFacts {

    /** A sample budget: where its import lies, and the key and template it is read under. */
    enum Sample {
        HEBEI_323("323-2024", "323", 2024, "hebei-2024", "秦皇岛市海港区人力资源和社会保障局"),
        PUTUO_COMMERCE("putuo-commerce-2025", "PTSW", 2025, "shanghai-putuo", "上海市普陀区商务委员会");

        private final String directory;
        private final String deptCode;
        private final int fiscalYear;
        private final String templateId;
        private final String deptName;

        Sample(String directory, String deptCode, int fiscalYear, String templateId, String deptName) {
            this.directory = directory;
            this.deptCode = deptCode;
            this.fiscalYear = fiscalYear;
            this.templateId = templateId;
            this.deptName = deptName;
        }

        String budgetJson() {
            Path path = Path.of("..", "deploy", "samples", directory, "budget.json");
            try {
                return Files.readString(path);
            } catch (IOException e) {
                throw new UncheckedIOException("sample data missing: " + path.toAbsolutePath(), e);
            }
        }
    }

    private SeedFacts() {
    }

    static BudgetFacts putuo() {
        return build(new Changes(Sample.PUTUO_COMMERCE));
    }

    static Changes changePutuo() {
        return new Changes(Sample.PUTUO_COMMERCE);
    }

    static BudgetFacts seed() {
        return build(new Changes(Sample.HEBEI_323));
    }

    static Changes change() {
        return new Changes(Sample.HEBEI_323);
    }

    /** Changes to the seed: cells set or blanked, rows dropped, notes and narrative figures replaced. */
    static final class Changes {
        private final Sample sample;
        private final Map<String, String> cells = new LinkedHashMap<>();
        private final List<String> droppedRows = new ArrayList<>();
        private final Map<Integer, String> notes = new LinkedHashMap<>();
        private final List<Integer> droppedTables = new ArrayList<>();
        private final List<Integer> droppedRecords = new ArrayList<>();
        private final Map<String, String> figures = new LinkedHashMap<>();
        private final List<LineValues> addedRows = new ArrayList<>();

        private Changes(Sample sample) {
            this.sample = sample;
        }

        /** Sets a cell; null blanks it. */
        Changes cell(int table, String row, String column, String amount) {
            cells.put(table + ":" + row + ":" + column, amount);
            return this;
        }

        /** Adds a functional-code row at the end of a table, with one figure. */
        Changes addRow(int table, String code, String name, String column, String amount) {
            addedRows.add(new LineValues(table, RowKind.FUNCTIONAL, code, name, 1_000 + addedRows.size(),
                    Map.of(column, new BigDecimal(amount))));
            return this;
        }

        Changes dropRow(int table, String row) {
            droppedRows.add(table + ":" + row);
            return this;
        }

        Changes note(int table, String note) {
            notes.put(table, note);
            return this;
        }

        Changes dropTable(int table) {
            droppedTables.add(table);
            return this;
        }

        /** Keeps a table's rows but not its record, as events of before the table records left it. */
        Changes dropTableRecord(int table) {
            droppedRecords.add(table);
            return this;
        }

        Changes figure(String code, String amount) {
            figures.put(code, amount);
            return this;
        }

        BudgetFacts facts() {
            return build(this);
        }
    }

    private static BudgetFacts build(Changes changes) {
        try {
            JsonNode budget = EventCodec.mapper().readTree(changes.sample.budgetJson());
            List<LineValues> lines = new ArrayList<>();
            List<BudgetFacts.PublishedTable> published = new ArrayList<>();
            for (JsonNode table : budget.get("tables")) {
                int tableNo = table.get("tableNo").asInt();
                if (changes.droppedTables.contains(tableNo)) {
                    continue;
                }
                int position = 0;
                for (JsonNode row : table.get("rows")) {
                    String kind = row.path("kind").asText(tableNo == 6 ? "ECONOMIC" : "FUNCTIONAL");
                    String code = "TOTAL".equals(kind) ? "total" : row.get("code").asText();
                    if (changes.droppedRows.contains(tableNo + ":" + code)) {
                        continue;
                    }
                    Map<String, BigDecimal> amounts = new LinkedHashMap<>();
                    row.get("amounts").fields().forEachRemaining(e -> amounts.put(e.getKey(), e.getValue().decimalValue()));
                    changes.cells.forEach((key, value) -> {
                        String[] at = key.split(":");
                        if (at[0].equals(String.valueOf(tableNo)) && at[1].equals(code)) {
                            if (value == null) {
                                amounts.remove(at[2]);
                            } else {
                                amounts.put(at[2], new BigDecimal(value));
                            }
                        }
                    });
                    lines.add(new LineValues(tableNo, RowKind.valueOf(kind), code, row.get("name").asText(), ++position, amounts));
                }
                changes.addedRows.stream().filter(row -> row.tableNo() == tableNo).forEach(lines::add);
                String note = changes.notes.containsKey(tableNo) ? changes.notes.get(tableNo)
                        : table.has("note") ? table.get("note").asText() : null;
                if (!changes.droppedRecords.contains(tableNo)) {
                    published.add(new BudgetFacts.PublishedTable(tableNo, note, position));
                }
            }
            List<NarrativeFigure> narrative = new ArrayList<>();
            for (JsonNode figure : budget.get("narrative")) {
                String code = figure.get("code").asText();
                BigDecimal amount = changes.figures.containsKey(code) ? new BigDecimal(changes.figures.get(code))
                        : figure.get("amount").decimalValue();
                narrative.add(new NarrativeFigure(code, figure.get("label").asText(), amount, figure.get("unit").asText(),
                        figure.path("text").isMissingNode() ? null : figure.get("text").asText()));
            }
            Sample sample = changes.sample;
            return BudgetFacts.of(sample.deptCode, sample.fiscalYear, TemplateCatalog.load().find(sample.templateId).orElseThrow(),
                    sample.deptName, lines, published, narrative);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
