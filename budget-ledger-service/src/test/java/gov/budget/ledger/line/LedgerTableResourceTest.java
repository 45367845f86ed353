package gov.budget.ledger.line;

import gov.budget.ledger.LedgerFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static gov.budget.ledger.LedgerFixtures.table3WithCell;
import static gov.budget.ledger.LedgerFixtures.tableJson;
import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static gov.budget.web.testing.JsonAmounts.amount;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class LedgerTableResourceTest {

    private static final String TABLE = "/budgets/{dept}/2024/tables/{no}";
    private static final String ROW = TABLE + "/rows/{code}";

    @Test
    void theSeedTableIsStoredAsPublishedAndReadBackInOrderWithItsVersionAsETag() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.createBudget(dept);

        asFinanceAdmin().when().get(TABLE, dept, 3)
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("version", equalTo(0)).body("rows.size()", equalTo(0));

        asFinanceAdmin().contentType(ContentType.JSON).body(tableJson(3))
                .when().put(TABLE, dept, 3)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("changedLines", equalTo(34))
                .body("rows.size()", equalTo(34));

        asFinanceAdmin().when().get(TABLE, dept, 3)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo("部门预算支出总表"))
                .body("unit", equalTo("万元"))
                .body("note", nullValue())
                .body("rows[0].kind", equalTo("TOTAL"))
                .body("rows[0].amounts.total", amount("4078.23"))
                .body("rows[7].code", equalTo("2080106"))
                .body("rows[7].name", equalTo("就业管理事务"))
                .body("rows[7].amounts.total", amount("580.21"))
                .body("rows[7].amounts.basic", amount("528.21"))
                .body("rows[7].amounts.project", amount("52.00"))
                // a blank cell stays blank: 2080101 has no 项目支出
                .body("rows[3].amounts", not(hasKey("project")))
                .body("rows[7].version", equalTo(1));
    }

    @Test
    void writingTheSameTableAgainChangesNothingAndOneCellChangesOneLine() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);

        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(tableJson(3))
                .when().put(TABLE, dept, 3)
                .then().statusCode(200).header("ETag", "\"1\"").body("changedLines", equalTo(0));

        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(table3WithCell("\"total\": 580.21", "\"total\": 580.22"))
                .when().put(TABLE, dept, 3)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("changedLines", equalTo(1))
                .body("rows[7].amounts.total", amount("580.22"))
                .body("rows[7].version", equalTo(2))
                .body("rows[6].version", equalTo(1));
    }

    @Test
    void aReplaceNeedsTheCurrentETagSoThatNoUpdateIsLostSilently() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);

        asFinanceAdmin().contentType(ContentType.JSON).body(table3WithCell("\"total\": 580.21", "\"total\": 580.22"))
                .when().put(TABLE, dept, 3)
                .then().statusCode(428).contentType("application/problem+json")
                .body("violations[0].field", equalTo("If-Match"));

        // a second editor saves first ...
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(table3WithCell("\"total\": 580.21", "\"total\": 580.22"))
                .put(TABLE, dept, 3).then().statusCode(200).header("ETag", "\"2\"");
        // ... so the first editor's save, based on version 1, is refused and stores nothing
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(table3WithCell("\"total\": 580.21", "\"total\": 999.99"))
                .when().put(TABLE, dept, 3)
                .then().statusCode(412).contentType("application/problem+json").header("ETag", "\"2\"")
                .body("violations[0].field", equalTo("If-Match"))
                .body("violations[0].value", equalTo("\"1\""));

        asFinanceAdmin().get(TABLE, dept, 3).then().body("rows[7].amounts.total", amount("580.22")).body("version", equalTo(2));
    }

    @Test
    void aPatchChangesOneRowAndNullBlanksACell() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);

        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"amounts\": {\"total\": 580.22}}")
                .when().patch(ROW, dept, 3, "2080106")
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("changedLines", equalTo(1))
                .body("rows[7].amounts.total", amount("580.22"))
                .body("rows[7].amounts.basic", amount("528.21"))
                .body("rows[7].version", equalTo(2));

        asFinanceAdmin().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"2\"")
                .body("{\"name\": \"就业管理事务（更正）\", \"amounts\": {\"project\": null}}")
                .when().patch(ROW, dept, 3, "2080106")
                .then().statusCode(200).header("ETag", "\"3\"")
                .body("rows[7].name", equalTo("就业管理事务（更正）"))
                .body("rows[7].amounts", not(hasKey("project")));

        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"2\"").body("{\"amounts\": {\"total\": 1.00}}")
                .when().patch(ROW, dept, 3, "2080106")
                .then().statusCode(412);
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"3\"").body("{\"amounts\": {\"total\": 1.005}}")
                .when().patch(ROW, dept, 3, "2080106")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("amounts.total"))
                .body("violations[0].value", equalTo("1.005"));
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"3\"").body("{\"amounts\": {\"total\": 1.00}}")
                .when().patch(ROW, dept, 3, "2089999")
                .then().statusCode(404).contentType("application/problem+json");

        // read back from the database: the blanked cell is gone, the others kept
        asFinanceAdmin().get(TABLE, dept, 3).then().body("version", equalTo(3)).body("rows[7].amounts.total", amount("580.22"))
                .body("rows[7].amounts.basic", amount("528.21"))
                .body("rows[7].amounts", not(hasKey("project")));
    }

    /**
     * Eight PATCHes of one table at once, each of its own row to a total none holds, each with
     * {@code If-Match: *}: the budget's locking read makes them run one after another, so each one
     * raises the table's and the budget's version once, and none overwrites another's version or row.
     */
    @Test
    void concurrentPatchesOfOneTableRunOneAfterAnotherAndEachRaisesTheVersionsOnce() throws Exception {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);
        List<String> codes = asFinanceAdmin().get(TABLE, dept, 3).then().statusCode(200)
                .extract().jsonPath().<String>getList("rows.code").subList(1, 9);
        long budgetVersion = etag(asFinanceAdmin().get("/budgets/{dept}/2024", dept).then().statusCode(200).extract().header("ETag"));

        ExecutorService callers = Executors.newFixedThreadPool(codes.size());
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String code : codes) {
                answers.add(callers.submit(() -> asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "*")
                        .header("Prefer", "return=minimal").body("{\"amounts\": {\"total\": 7777.77}}")
                        .when().patch(ROW, dept, 3, code).then().extract().statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(204, answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            callers.shutdownNow();
        }

        asFinanceAdmin().get(TABLE, dept, 3).then().statusCode(200).header("ETag", "\"" + (1 + codes.size()) + "\"")
                .body("rows[1..8].amounts.total", everyItem(amount("7777.77")))
                .body("rows[1..8].version", everyItem(equalTo(2)));
        asFinanceAdmin().get("/budgets/{dept}/2024", dept).then().statusCode(200)
                .header("ETag", "\"" + (budgetVersion + codes.size()) + "\"");
    }

    private static long etag(String header) {
        return Long.parseLong(header.replace("\"", ""));
    }

    @Test
    void aWriteThatPrefersMinimalAnswersWithTheNewETagAlone() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);

        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").header("Prefer", "return=minimal")
                .body("{\"amounts\": {\"total\": 580.22}}")
                .when().patch(ROW, dept, 3, "2080106")
                .then().statusCode(204).header("ETag", "\"2\"").header("Preference-Applied", "return=minimal")
                .body(emptyString());
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"2\"").header("Prefer", "respond-async, return=minimal")
                .body(table3WithCell("\"total\": 580.21", "\"total\": 580.23"))
                .when().put(TABLE, dept, 3)
                .then().statusCode(204).header("ETag", "\"3\"").body(emptyString());
        // a refusal is a problem whatever the caller preferred
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"2\"").header("Prefer", "return=minimal")
                .body("{\"amounts\": {\"total\": 1.00}}")
                .when().patch(ROW, dept, 3, "2080106")
                .then().statusCode(412).contentType("application/problem+json");
        // a representation, asked for or not, is the whole table
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"3\"").header("Prefer", "return=representation")
                .body("{\"amounts\": {\"total\": 580.21}}")
                .when().patch(ROW, dept, 3, "2080106")
                .then().statusCode(200).header("ETag", "\"4\"").body("rows[7].amounts.total", amount("580.21"));

        asFinanceAdmin().get(TABLE, dept, 3).then().body("version", equalTo(4)).body("rows[7].version", equalTo(4));
    }

    @Test
    void anEmptyTableKeepsItsNote() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.createBudget(dept);

        asFinanceAdmin().contentType(ContentType.JSON).body(tableJson(7))
                .when().put(TABLE, dept, 7)
                .then().statusCode(200).header("ETag", "\"1\"");

        asFinanceAdmin().get(TABLE, dept, 7)
                .then().statusCode(200)
                .body("title", equalTo("政府性基金预算财政拨款支出表"))
                .body("note", equalTo("注：无政府基金预算财政拨款预算，空表列示。"))
                .body("rows.size()", equalTo(0))
                .body("version", equalTo(1));
    }

    @Test
    void aTableOfABudgetThatDoesNotExistIsNotFound() {
        String dept = LedgerFixtures.freshDeptCode();
        asFinanceAdmin().contentType(ContentType.JSON).body(tableJson(3))
                .when().put(TABLE, dept, 3)
                .then().statusCode(404).contentType("application/problem+json");
        asFinanceAdmin().when().get(TABLE, dept, 3)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not JSON at all         | 3  | rows: none                                                                    | body             | ",
            "malformed JSON          | 3  | {\"rows\": [                                                                  | rows             | ",
            "table not in template   | 10 | {\"rows\": []}                                                                | tableNo          | 10",
            "letter O in a code      | 3  | {\"rows\": [{\"code\": \"20801O1\", \"name\": \"x\", \"amounts\": {}}]}       | rows[0].code     | 20801O1",
            "four-digit code         | 3  | {\"rows\": [{\"code\": \"2080\", \"name\": \"x\", \"amounts\": {}}]}          | rows[0].code     | 2080",
            "two-digit economic code | 6  | {\"rows\": [{\"code\": \"30\", \"name\": \"x\", \"amounts\": {}}]}            | rows[0].code     | 30",
            "item key with capitals  | 9  | {\"rows\": [{\"code\": \"Reception\", \"name\": \"x\", \"amounts\": {}}]}     | rows[0].code     | Reception",
            "three decimals          | 3  | {\"rows\": [{\"code\": \"208\", \"name\": \"x\", \"amounts\": {\"total\": 580.215}}]} | rows[0].amounts.total | 580.215",
            "amount of 10^16         | 3  | {\"rows\": [{\"code\": \"208\", \"name\": \"x\", \"amounts\": {\"total\": 10000000000000000}}]} | rows[0].amounts.total | 10000000000000000",
            "missing name            | 3  | {\"rows\": [{\"code\": \"208\", \"amounts\": {\"total\": 1.00}}]}             | rows[0].name     | ",
            "blank name              | 3  | {\"rows\": [{\"code\": \"208\", \"name\": \"  \", \"amounts\": {}}]}          | rows[0].name     | '  '",
            "text for an amount      | 3  | {\"rows\": [{\"code\": \"208\", \"name\": \"x\", \"amounts\": {\"total\": \"lots\"}}]} | rows[0].amounts.total | ",
            "column of another table | 3  | {\"rows\": [{\"code\": \"208\", \"name\": \"x\", \"amounts\": {\"personnel\": 1.00}}]} | rows[0].amounts.personnel | 1.00",
            "unknown column          | 3  | {\"rows\": [{\"code\": \"208\", \"name\": \"x\", \"amounts\": {\"bonus\": 1.00}}]} | rows[0].amounts.bonus | 1.00",
            "misspelt field          | 3  | {\"rows\": [{\"code\": \"208\", \"name\": \"x\", \"amount\": {\"total\": 1.00}}]} | rows[0].amount | ",
            "orphan 项               | 3  | {\"rows\": [{\"code\": \"2080106\", \"name\": \"x\", \"amounts\": {}}]}       | rows[0].code     | 2080106",
            "duplicate code          | 3  | {\"rows\": [{\"code\": \"208\", \"name\": \"x\", \"amounts\": {}}, {\"code\": \"208\", \"name\": \"y\", \"amounts\": {}}]} | rows[1].code | 208",
            "department not the URL's | 3 | {\"deptCode\": \"999\", \"rows\": []}                                          | deptCode         | 999",
            "year not the URL's      | 3  | {\"fiscalYear\": 2023, \"rows\": []}                                          | fiscalYear       | 2023",
            "rows left out           | 3  | {\"note\": \"x\"}                                                             | rows             | ",
    })
    void badInputIsRefusedWithAProblemNamingTheFieldAndNothingIsStored(String caseName, int table, String body, String field, String value) {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);

        var response = asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                .when().put(TABLE, dept, table)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem(field));
        if (value != null) {
            response.body("violations.value", hasItem(value));
        }

        // the tables still hold the seed, untouched
        asFinanceAdmin().when().get(TABLE, dept, 3)
                .then().statusCode(200)
                .body("rows.size()", equalTo(34))
                .body("rows[7].amounts.total", amount("580.21"))
                .body("version", equalTo(1));
        asFinanceAdmin().when().get(TABLE, dept, table == 10 ? 3 : table).then().body("version", equalTo(1));
    }
}
