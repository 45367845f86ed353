package gov.budget.ledger.budget;

import gov.budget.ledger.LedgerFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static gov.budget.web.testing.JsonAmounts.amount;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * A real Putuo disclosure (上海市普陀区商务委员会 2025, deploy/samples/putuo-commerce-2025) loads as
 * printed under the {@code shanghai-putuo} template: no table renumbered, each in its printed unit,
 * table 9 as its one horizontal row, and the narrative's shares and counts in their own units.
 */
@QuarkusTest
class PutuoTemplateTest {

    private static final Path SAMPLE = Path.of("..", "deploy", "samples", "putuo-commerce-2025");

    @Test
    void thePutuoDisclosureLoadsAsPrinted() {
        String dept = LedgerFixtures.freshDeptCode();
        asFinanceAdmin().contentType(ContentType.JSON).body(read("department.json").replace("\"PTSW\"", "\"" + dept + "\""))
                .post("/departments").then().statusCode(201);

        asFinanceAdmin().contentType(ContentType.JSON).body(read("budget.json").replace("\"PTSW\"", "\"" + dept + "\""))
                .when().put("/budgets/{dept}/2025", dept)
                .then().statusCode(200)
                .body("templateId", equalTo("shanghai-putuo"))
                .body("tables", hasSize(9))
                .body("tables.title", hasItems("部门政府性基金预算支出功能分类预算表", "部门国有资本经营预算支出功能分类预算表"))
                .body("tables[7].title", equalTo("部门一般公共预算基本支出部门预算经济分类预算表"))
                .body("tables[7].unit", equalTo("元"))
                .body("tables[7].rows.find { it.kind == 'TOTAL' }.amounts.total", amount("19830655.00"))
                .body("tables[5].rows", hasSize(0))
                .body("tables[5].note", equalTo("注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。"))
                .body("tables[8].unit", equalTo("万元"))
                .body("tables[8].rows", hasSize(1))
                .body("tables[8].rows[0].amounts.running_cost", amount("171.01"))
                .body("narrative.find { it.code == 'performance_projects' }.unit", equalTo("个"))
                .body("narrative.find { it.code == 'item_2011301' }.amount", amount("938.99"))
                .body("narrative.find { it.code == 'income_fiscal_change' }.change.direction", equalTo("INCREASE"))
                .body("narrative.find { it.code == 'income_fiscal_change' }.change.base", equalTo("2024年预算执行数"))
                .body("narrative.find { it.code == 'income' }.change", nullValue());
    }

    @Test
    void aStatedChangeIsItsSizeAndUnchangedIsZero() {
        String dept = LedgerFixtures.freshDeptCode();
        asFinanceAdmin().contentType(ContentType.JSON).body(read("department.json").replace("\"PTSW\"", "\"" + dept + "\""))
                .post("/departments").then().statusCode(201);
        String budget = read("budget.json").replace("\"PTSW\"", "\"" + dept + "\"");
        String negative = budget.replace("\"amount\": 24558.18", "\"amount\": -24558.18");
        asFinanceAdmin().contentType(ContentType.JSON).body(negative)
                .when().put("/budgets/{dept}/2025", dept)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("narrative[2].amount"))
                .body("violations[0].value", equalTo("-24558.18"));
        String unchangedButNot = budget.replace("\"text\": \"比2024年预算执行数增加\"", "\"text\": \"与2024年预算执行数持平\"");
        asFinanceAdmin().contentType(ContentType.JSON).body(unchangedButNot)
                .when().put("/budgets/{dept}/2025", dept)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("narrative[2].amount"))
                .body("violations[0].message", containsString("持平"));
    }

    @Test
    void aCountIsAWholeNumber() {
        String dept = LedgerFixtures.freshDeptCode();
        asFinanceAdmin().contentType(ContentType.JSON).body(read("department.json").replace("\"PTSW\"", "\"" + dept + "\""))
                .post("/departments").then().statusCode(201);
        String halfAProject = read("budget.json").replace("\"PTSW\"", "\"" + dept + "\"")
                .replace("\"amount\": 25, \"unit\": \"个\"", "\"amount\": 2.5, \"unit\": \"个\"");
        asFinanceAdmin().contentType(ContentType.JSON).body(halfAProject)
                .when().put("/budgets/{dept}/2025", dept)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("narrative[40].amount"))
                .body("violations[0].value", equalTo("2.5"));
        asFinanceAdmin().when().get("/budgets/{dept}/2025", dept).then().statusCode(404);
    }

    private static String read(String file) {
        try {
            return Files.readString(SAMPLE.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
