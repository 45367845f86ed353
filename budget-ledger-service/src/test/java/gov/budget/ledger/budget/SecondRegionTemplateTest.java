package gov.budget.ledger.budget;

import gov.budget.ledger.LedgerFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.IntStream;

import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static gov.budget.web.testing.JsonAmounts.amount;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A second region's template, added as a data file only: tables in 元, codes printed as 类/款/项 in
 * separate columns, and a table 9 that also carries 机关运行经费.
 */
@QuarkusTest
class SecondRegionTemplateTest {

    private static final String TABLE_3_IN_YUAN = """
            {"rows": [
              {"kind": "TOTAL", "name": "合计", "amounts": {"total": 2795200.00, "basic": 2795200.00}},
              {"code": "208", "name": "社会保障和就业支出", "amounts": {"total": 2795200.00, "basic": 2795200.00}},
              {"code": "20801", "name": "人力资源和社会保障管理事务", "amounts": {"total": 2795200.00, "basic": 2795200.00}},
              {"code": "2080101", "name": "行政运行", "amounts": {"total": 2795200.00, "basic": 2795200.00}}]}""";

    private static final String TABLE_9_WITH_RUNNING_COST = """
            {"rows": [
              {"kind": "TOTAL", "name": "“三公”经费合计", "amounts": {"total": 7.85}},
              {"code": "reception", "name": "公务接待费", "amounts": {"total": 1.09}},
              {"code": "running_cost", "name": "机关运行经费", "amounts": {"total": 131.92}}]}""";

    @Test
    void aBudgetUnderTheSecondTemplateKeepsItsUnitsAndPrintsItsCodesSplit() throws Exception {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.createDepartment(dept);
        asFinanceAdmin().contentType(ContentType.JSON)
                .body("{\"deptCode\": \"" + dept + "\", \"fiscalYear\": 2024, \"templateId\": \"shanghai-2024\"}")
                .when().post("/budgets")
                .then().statusCode(201).body("templateId", equalTo("shanghai-2024"));

        asFinanceAdmin().contentType(ContentType.JSON).body(TABLE_3_IN_YUAN)
                .when().put("/budgets/{dept}/2024/tables/3", dept)
                .then().statusCode(200)
                .body("title", equalTo("部门支出预算总表"))
                .body("unit", equalTo("元"))
                .body("rows[3].amounts.total", amount("2795200.00"));
        asFinanceAdmin().contentType(ContentType.JSON).body(TABLE_9_WITH_RUNNING_COST)
                .when().put("/budgets/{dept}/2024/tables/9", dept)
                .then().statusCode(200)
                .body("title", equalTo("三公经费和机关运行经费预算表"))
                .body("unit", equalTo("万元"))
                .body("rows.code", hasItem("running_cost"));

        byte[] xlsx = asFinanceAdmin().when().get("/budgets/{dept}/2024/tables/3/export.xlsx", dept)
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("单位：元", sheet.getRow(3).getCell(0).getStringCellValue());
            assertEquals(List.of("序号", "类", "款", "项", "科目名称", "合计"), texts(sheet.getRow(4), 6));
            Row line = sheet.getRow(5 + 3);
            assertEquals(List.of("208", "01", "01", "行政运行"), texts(line, 1, 5));
            assertEquals(2795200.00, line.getCell(5).getNumericCellValue());
        }
    }

    private static List<String> texts(Row row, int cells) {
        return texts(row, 0, cells);
    }

    private static List<String> texts(Row row, int from, int to) {
        return IntStream.range(from, to).mapToObj(c -> row.getCell(c).getStringCellValue()).toList();
    }
}
