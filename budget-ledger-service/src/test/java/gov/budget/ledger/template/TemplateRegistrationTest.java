package gov.budget.ledger.template;

import gov.budget.ledger.LedgerFixtures;
import gov.budget.web.testing.Callers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

/**
 * A third region's layout, registered through the API with no release: validated on the way in,
 * one layout per region and year, and budgets written under it at once.
 */
@QuarkusTest
class TemplateRegistrationTest {

    /** A region of three tables: two sides of items, a functional table, and one horizontal row. */
    private static String template(String id, String region, int fromYear, Integer toYear) {
        return """
                {"id": "%s", "region": "%s", "version": "1", "fromYear": %d, "toYear": %s,
                 "tables": [
                   {"number": 1, "title": "收支总表", "unit": "元", "rowKinds": ["ITEM", "FUNCTIONAL"],
                    "columns": [{"code": "amount", "label": "预算数"}]},
                   {"number": 2, "title": "支出总表", "unit": "元", "rowKinds": ["FUNCTIONAL", "TOTAL"],
                    "columns": [{"code": "total", "label": "合计"}, {"code": "basic", "label": "基本支出"}, {"code": "project", "label": "项目支出"}]},
                   {"number": 3, "title": "三公经费表", "unit": "万元", "rowKinds": ["ITEM"],
                    "columns": [{"code": "total", "label": "合计"}, {"code": "reception", "label": "公务接待费"}]}]}
                """.formatted(id, region, fromYear, toYear == null ? "null" : toYear.toString());
    }

    @Test
    void aRegisteredTemplateTakesBudgetsAtOnce() {
        String suffix = LedgerFixtures.freshDeptCode().toLowerCase();
        String id = "third-" + suffix;
        asFinanceAdmin().contentType(ContentType.JSON).body(template(id, "第三区" + suffix, 2025, null))
                .when().post("/templates")
                .then().statusCode(201).header("Location", containsString("/templates/" + id))
                .body("id", equalTo(id)).body("tables", hasSize(3));
        asFinanceAdmin().when().get("/templates").then().statusCode(200)
                .body("id", hasItems("hebei-2024", "shanghai-2024", "shanghai-putuo", id));

        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.createDepartment(dept);
        asFinanceAdmin().contentType(ContentType.JSON)
                .body("{\"deptCode\": \"" + dept + "\", \"fiscalYear\": 2025, \"templateId\": \"" + id + "\"}")
                .when().post("/budgets").then().statusCode(201).body("templateId", equalTo(id));
        asFinanceAdmin().contentType(ContentType.JSON).body("""
                {"rows": [
                  {"kind": "TOTAL", "name": "合计", "amounts": {"total": 150.00, "basic": 100.00, "project": 50.00}},
                  {"code": "201", "name": "一般公共服务支出", "amounts": {"total": 150.00, "basic": 100.00, "project": 50.00}}]}""")
                .when().put("/budgets/{dept}/2025/tables/2", dept)
                .then().statusCode(200).body("title", equalTo("支出总表")).body("unit", equalTo("元"));
        asFinanceAdmin().when().get("/budgets/{dept}/2025", dept).then().statusCode(200)
                .body("tables.title", equalTo(java.util.List.of("收支总表", "支出总表", "三公经费表")));

        // a template budgets are written under cannot change: a changed layout is a new template
        asFinanceAdmin().contentType(ContentType.JSON).body(template(id, "第三区" + suffix, 2025, null))
                .when().put("/templates/{id}", id)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aTemplateIsValidatedOnTheWayInNamingEachField() {
        String bad = """
                {"id": "Bad Id", "region": "", "version": "1", "fromYear": null,
                 "tables": [
                   {"number": 1, "title": "表一", "unit": "亿元", "rowKinds": ["ITEM"], "columns": [{"code": "amount", "label": "预算数"}]},
                   {"number": 1, "title": "表二", "unit": "元", "rowKinds": ["ITEM"], "columns": [{"code": "Amount", "label": ""}]}]}""";
        asFinanceAdmin().contentType(ContentType.JSON).body(bad)
                .when().post("/templates")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("id", "region", "fromYear", "tables[0].unit", "tables[1].number",
                        "tables[1].columns[0].code", "tables[1].columns[0].label"))
                .body("violations.value", hasItem("亿元"));
    }

    @Test
    void aRegionsTemplatesCoverEachYearOnce() {
        String suffix = LedgerFixtures.freshDeptCode().toLowerCase();
        String region = "年度区" + suffix;
        asFinanceAdmin().contentType(ContentType.JSON).body(template("later-" + suffix, region, 2030, null))
                .when().post("/templates").then().statusCode(201);
        asFinanceAdmin().contentType(ContentType.JSON).body(template("earlier-" + suffix, region, 2025, 2029))
                .when().post("/templates").then().statusCode(201);
        asFinanceAdmin().contentType(ContentType.JSON).body(template("overlapping-" + suffix, region, 2028, 2031))
                .when().post("/templates")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString(region));

        // an unused registered template can change; a shipped one cannot; nobody but finance-admin registers
        asFinanceAdmin().contentType(ContentType.JSON).body(template("earlier-" + suffix, region, 2024, 2029))
                .when().put("/templates/{id}", "earlier-" + suffix).then().statusCode(200).body("fromYear", equalTo(2024));
        asFinanceAdmin().contentType(ContentType.JSON).body(template("hebei-2024", "河北省", 2024, null))
                .when().put("/templates/hebei-2024").then().statusCode(409);
        Callers.asFinanceViewer().contentType(ContentType.JSON).body(template("viewer-" + suffix, "某区" + suffix, 2025, null))
                .when().post("/templates").then().statusCode(403);
    }
}
