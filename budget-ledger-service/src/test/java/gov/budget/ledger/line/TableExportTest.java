package gov.budget.ledger.line;

import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.contracts.event.EventCodec;
import gov.budget.ledger.LedgerFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Downloads laid out like the published tables, opened the way a user's spreadsheet program would. */
@QuarkusTest
class TableExportTest {

    /** Title, department, year, unit, then the header row. */
    private static final int FIRST_BODY_ROW = 5;

    @Test
    void table3AsXlsxShowsTheDocumentsRowsAndAmounts() throws Exception {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);

        byte[] xlsx = asFinanceAdmin().when().get("/budgets/{dept}/2024/tables/3/export.xlsx", dept)
                .then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", endsWith(dept + "-2024-table-3.xlsx\""))
                .extract().asByteArray();

        JsonNode rows = EventCodec.mapper().readTree(LedgerFixtures.tableJson(3)).get("rows");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("部门预算支出总表", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(dept + "秦皇岛市海港区人力资源和社会保障局", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("预算年度：2024", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("单位：万元", sheet.getRow(3).getCell(0).getStringCellValue());
            assertEquals(List.of("序号", "科目编码", "科目名称", "合计", "基本支出", "项目支出", "经营支出", "上解上级支出", "对附属单位补助支出"),
                    texts(sheet.getRow(4), 9));
            assertEquals(FIRST_BODY_ROW + rows.size() - 1, sheet.getLastRowNum());

            List<String> columns = List.of("total", "basic", "project", "operating", "remitted_to_superior", "subsidiary_subsidy");
            for (int i = 0; i < rows.size(); i++) {
                JsonNode published = rows.get(i);
                Row row = sheet.getRow(FIRST_BODY_ROW + i);
                assertEquals(i + 1, (int) row.getCell(0).getNumericCellValue());
                assertEquals(published.has("code") ? published.get("code").asText() : null, text(row.getCell(1)));
                assertEquals(published.get("name").asText(), row.getCell(2).getStringCellValue());
                for (int c = 0; c < columns.size(); c++) {
                    JsonNode amount = published.at("/amounts/" + columns.get(c));
                    Cell cell = row.getCell(3 + c);
                    if (amount.isMissingNode()) {
                        assertTrue(cell == null || cell.getCellType() == CellType.BLANK, "blank stays blank in row " + (i + 1));
                    } else {
                        assertEquals(amount.decimalValue(), BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2),
                                "row " + (i + 1) + " column " + columns.get(c));
                        assertEquals("0.00", cell.getCellStyle().getDataFormatString());
                    }
                }
            }
            Row line2080106 = sheet.getRow(FIRST_BODY_ROW + 7);
            assertEquals("2080106", line2080106.getCell(1).getStringCellValue());
            assertEquals(580.21, line2080106.getCell(3).getNumericCellValue());
        }
    }

    @Test
    void anEmptyTableAsCsvCarriesItsNoteAndTable3CarriesItsRows() throws Exception {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);

        String csv7 = asFinanceAdmin().when().get("/budgets/{dept}/2024/tables/7/export.csv", dept)
                .then().statusCode(200).contentType("text/csv").extract().asString();
        List<CSVRecord> records7 = CSVFormat.RFC4180.parse(new StringReader(csv7.replace("\uFEFF", ""))).getRecords();
        assertEquals("政府性基金预算财政拨款支出表", records7.get(0).get(0));
        assertEquals("序号", records7.get(4).get(0));
        assertEquals("注：无政府基金预算财政拨款预算，空表列示。", records7.get(5).get(0));
        assertEquals(6, records7.size());

        String csv3 = asFinanceAdmin().when().get("/budgets/{dept}/2024/tables/3/export.csv", dept)
                .then().statusCode(200).extract().asString();
        List<CSVRecord> records3 = CSVFormat.RFC4180.parse(new StringReader(csv3.replace("\uFEFF", ""))).getRecords();
        assertEquals(5 + 34, records3.size());
        CSVRecord line = records3.get(FIRST_BODY_ROW + 3);
        assertEquals(List.of("4", "2080101", "行政运行", "279.52", "279.52", "", "", "", ""), line.toList());
    }

    @Test
    void anUnknownTableOrBudgetIsNotFound() {
        String dept = LedgerFixtures.freshDeptCode();
        asFinanceAdmin().when().get("/budgets/{dept}/2024/tables/3/export.xlsx", dept).then().statusCode(404);
        LedgerFixtures.createBudget(dept);
        asFinanceAdmin().when().get("/budgets/{dept}/2024/tables/10/export.csv", dept)
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static List<String> texts(Row row, int cells) {
        return java.util.stream.IntStream.range(0, cells).mapToObj(c -> row.getCell(c).getStringCellValue()).toList();
    }

    private static String text(Cell cell) {
        return cell == null || cell.getCellType() == CellType.BLANK ? null : cell.getStringCellValue();
    }
}
