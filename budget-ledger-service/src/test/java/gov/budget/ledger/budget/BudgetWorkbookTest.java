package gov.budget.ledger.budget;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.budget.ledger.LedgerFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A whole budget as one workbook in the published layout: exported and imported back, every table of
 * both the Hebei seed and the Putuo disclosure is the same; a workbook with a bad cell is refused
 * naming the sheet, the row and the column, and stores nothing.
 */
@QuarkusTest
class BudgetWorkbookTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @ParameterizedTest(name = "{0}")
    @CsvSource({"323-2024, 323, 2024, hebei-2024", "putuo-commerce-2025, PTSW, 2025, shanghai-putuo"})
    void anExportedWorkbookImportsBackAsTheSameTables(String sample, String sampleDept, int year, String template) throws IOException {
        String published = load(sample, sampleDept, year);
        byte[] workbook = asFinanceAdmin().when().get("/budgets/{dept}/{year}/export.xlsx", published, year)
                .then().statusCode(200).contentType(XLSX).extract().asByteArray();

        String imported = department(sample, sampleDept);
        asFinanceAdmin().contentType(XLSX).body(workbook).queryParam("templateId", template)
                .when().post("/budgets/{dept}/{year}/import.xlsx", imported, year)
                .then().statusCode(200).body("templateId", equalTo(template));

        JsonNode before = tables(published, year);
        JsonNode after = tables(imported, year);
        assertEquals(9, before.size());
        assertEquals(before, after, "every table, row, code, name, cell and note reads back as exported");
    }

    @Test
    void aWorkbookWithABadCellIsRefusedNamingTheSheetRowAndColumnAndStoresNothing() throws IOException {
        String published = load("323-2024", "323", 2024);
        byte[] workbook = asFinanceAdmin().when().get("/budgets/{dept}/2024/export.xlsx", published)
                .then().statusCode(200).extract().asByteArray();
        String target = department("323-2024", "323");

        int[] printedRow = new int[1];
        byte[] unreadable = edit(workbook, "表2", (sheet) -> {
            Row firstLine = sheet.getRow(headerRow(sheet) + 1);
            firstLine.getCell(column(sheet, "合计")).setCellValue("12x");
            printedRow[0] = firstLine.getRowNum() + 1;
        });
        asFinanceAdmin().contentType(XLSX).body(unreadable)
                .when().post("/budgets/{dept}/2024/import.xlsx", target)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("表2 第" + printedRow[0] + "行 \"合计\""))
                .body("violations[0].value", equalTo("12x"));

        // a readable workbook that fails validation names the printed place too
        byte[] unnamed = edit(workbook, "表3", (sheet) -> {
            Row firstLine = sheet.getRow(headerRow(sheet) + 2);
            firstLine.getCell(column(sheet, "科目名称")).setBlank();
            printedRow[0] = firstLine.getRowNum() + 1;
        });
        asFinanceAdmin().contentType(XLSX).body(unnamed)
                .when().post("/budgets/{dept}/2024/import.xlsx", target)
                .then().statusCode(400)
                .body("violations.field", hasItem("表3 第" + printedRow[0] + "行 \"科目名称\""));

        // bytes that are no workbook at all
        asFinanceAdmin().contentType(XLSX).body("not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/budgets/{dept}/2024/import.xlsx", target)
                .then().statusCode(400).body("violations[0].field", equalTo("body"));

        asFinanceAdmin().when().get("/budgets/{dept}/2024", target).then().statusCode(404);
    }

    /** A fresh department with the sample's budget; its code. */
    private static String load(String sample, String sampleDept, int year) throws IOException {
        String dept = department(sample, sampleDept);
        asFinanceAdmin().contentType(ContentType.JSON).body(read(sample, "budget.json").replace("\"" + sampleDept + "\"", "\"" + dept + "\""))
                .when().put("/budgets/{dept}/{year}", dept, year).then().statusCode(200);
        return dept;
    }

    private static String department(String sample, String sampleDept) throws IOException {
        String dept = LedgerFixtures.freshDeptCode();
        asFinanceAdmin().contentType(ContentType.JSON).body(read(sample, "department.json").replace("\"" + sampleDept + "\"", "\"" + dept + "\""))
                .post("/departments").then().statusCode(201);
        return dept;
    }

    /** The budget's tables without what differs between two copies of them: keys, versions and times. */
    private static JsonNode tables(String dept, int year) throws IOException {
        JsonNode document = JSON.readTree(asFinanceAdmin().when().get("/budgets/{dept}/{year}", dept, year)
                .then().statusCode(200).extract().asString());
        ArrayNode tables = (ArrayNode) document.get("tables");
        for (JsonNode table : tables) {
            ((ObjectNode) table).remove(java.util.List.of("deptCode", "version", "updatedAt", "changedLines"));
            for (JsonNode row : table.get("rows")) {
                ((ObjectNode) row).remove("version");
            }
        }
        return tables;
    }

    private static byte[] edit(byte[] workbook, String sheetName, Consumer<Sheet> change) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book.getSheet(sheetName));
            book.write(out);
            return out.toByteArray();
        }
    }

    private static int headerRow(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if ("科目名称".equals(cell.toString())) {
                    return row.getRowNum();
                }
            }
        }
        throw new AssertionError("no header row in " + sheet.getSheetName());
    }

    private static int column(Sheet sheet, String label) {
        for (Cell cell : sheet.getRow(headerRow(sheet))) {
            if (label.equals(cell.toString())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + label + " in " + sheet.getSheetName());
    }

    private static String read(String sample, String file) throws IOException {
        String text = Files.readString(Path.of("..", "deploy", "samples", sample, file));
        assertTrue(!text.isBlank());
        return text;
    }
}
