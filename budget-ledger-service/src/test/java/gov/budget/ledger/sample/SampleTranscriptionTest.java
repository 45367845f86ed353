package gov.budget.ledger.sample;

import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.contracts.event.EventCodec;
import gov.budget.ledger.LedgerFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks the sample against the published disclosure (2024年部门预算信息公开 of department 323):
 * each table has as many rows as the document prints, and each published total is there.
 * Tables 1 and 4 print income and expenditure side by side; each filled side of a printed row is one row here.
 */
class SampleTranscriptionTest {

    private static final JsonNode BUDGET = read();

    @ParameterizedTest(name = "table {0} has {1} rows")
    @CsvSource({
            // 34 printed rows: 8 income items, 31 expenditure 类 and 3 expenditure totals
            "1, 42",
            "2, 34",
            "3, 34",
            // 37 printed rows: 9 income items, 31 expenditure 类 and 3 expenditure totals
            "4, 43",
            "5, 31",
            "6, 29",
            "7, 0",
            "8, 4",
            "9, 8"})
    void everyTableHasTheDocumentsRowCount(int tableNo, int rows) {
        assertEquals(rows, table(tableNo).get("rows").size());
    }

    @ParameterizedTest(name = "table {0} row {1} column {2} = {3}")
    @CsvSource({
            "1, income_current_total, amount, 3249.84",
            "1, carry_over, amount, 828.39",
            "1, income_grand_total, amount, 4078.23",
            "1, expenditure_current_total, amount, 4078.23",
            "1, expenditure_grand_total, amount, 4078.23",
            "1, 208, amount, 2320.28",
            "1, 223, amount, 1516.00",
            "2, total, total, 4078.23",
            "2, total, current_subtotal, 3249.84",
            "2, total, carry_over, 828.39",
            "3, total, total, 4078.23",
            "3, total, basic, 1945.84",
            "3, total, project, 2132.39",
            "3, 2080106, total, 580.21",
            "4, income_current_total, income, 3249.84",
            "4, carry_over, income, 828.39",
            "4, carry_over_general_public, income, 70.39",
            "4, carry_over_state_capital, income, 758.00",
            "4, income_grand_total, income, 4078.23",
            "4, expenditure_grand_total, total, 4078.23",
            "4, expenditure_grand_total, general_public, 2562.23",
            "4, expenditure_grand_total, state_capital, 1516.00",
            "5, total, total, 2562.23",
            "5, total, basic, 1945.84",
            "5, total, project, 616.39",
            "6, total, total, 1945.84",
            "6, total, personnel, 1813.92",
            "6, total, public_use, 131.92",
            "6, 30108, total, 139.11",
            "8, total, total, 1516.00",
            "9, total, total, 7.85",
            "9, vehicle_operation, total, 6.76",
            "9, reception, total, 1.09"})
    void everyPublishedTotalIsThere(int tableNo, String code, String column, String amount) {
        JsonNode row = StreamSupport.stream(table(tableNo).get("rows").spliterator(), false)
                .filter(r -> code.equals(r.has("code") ? r.get("code").asText() : "total"))
                .findFirst().orElseThrow(() -> new AssertionError("table " + tableNo + " has no row " + code));
        assertEquals(new BigDecimal(amount), row.at("/amounts/" + column).decimalValue());
    }

    @Test
    void theEmptyTableCarriesItsNote() {
        assertEquals("注：无政府基金预算财政拨款预算，空表列示。", table(7).get("note").asText());
    }

    @Test
    void theNarrativeStatesTheRunningCostWithItsItemsAndTheThreePublicTotal() {
        BigDecimal items = BigDecimal.ZERO;
        BigDecimal runningCost = null;
        BigDecimal threePublic = null;
        for (JsonNode figure : BUDGET.get("narrative")) {
            String code = figure.get("code").asText();
            if (code.startsWith("running_cost.")) {
                items = items.add(figure.get("amount").decimalValue());
            } else if (code.equals("running_cost")) {
                runningCost = figure.get("amount").decimalValue();
            } else if (code.equals("three_public")) {
                threePublic = figure.get("amount").decimalValue();
            }
        }
        assertEquals(new BigDecimal("131.92"), runningCost);
        assertEquals(0, runningCost.compareTo(items), "办公费 25.75 + 水费 9.60 + … = 131.92");
        assertEquals(new BigDecimal("7.85"), threePublic);
    }

    @Test
    void theDepartmentListsItsThreeUnits() throws IOException {
        JsonNode department = EventCodec.mapper().readTree(LedgerFixtures.departmentJson("323"));
        assertEquals("秦皇岛市海港区人力资源和社会保障局", department.get("name").asText());
        assertEquals(3, department.get("subUnits").size());
        assertTrue(department.get("subUnits").get(1).get("name").asText().contains("社会保险事业所"));
    }

    private static JsonNode table(int tableNo) {
        return StreamSupport.stream(BUDGET.get("tables").spliterator(), false)
                .filter(t -> t.get("tableNo").asInt() == tableNo)
                .findFirst().orElseThrow();
    }

    private static JsonNode read() {
        try {
            return EventCodec.mapper().readTree(LedgerFixtures.budgetJson("323"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
