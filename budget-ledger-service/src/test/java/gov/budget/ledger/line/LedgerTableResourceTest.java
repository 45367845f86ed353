package gov.budget.ledger.line;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class LedgerTableResourceTest {

    private static final String TABLE = "/budgets/{dept}/2024/tables/{no}";

    @Test
    void theSeedTableIsStoredAsPublishedAndReadBackInOrder() {
        String dept = SeedTable3.freshDeptCode();

        given().contentType(ContentType.JSON).body(SeedTable3.json())
                .when().put(TABLE, dept, 3)
                .then().statusCode(200)
                .body("changedLines", equalTo(34))
                .body("rows.size()", equalTo(34));

        given().when().get(TABLE, dept, 3)
                .then().statusCode(200)
                .body("title", equalTo("部门预算支出总表"))
                .body("unit", equalTo("万元"))
                .body("rows[0].kind", equalTo("TOTAL"))
                .body("rows[0].amounts.total", equalTo(4078.23f))
                .body("rows[7].code", equalTo("2080106"))
                .body("rows[7].name", equalTo("就业管理事务"))
                .body("rows[7].amounts.total", equalTo(580.21f))
                .body("rows[7].amounts.basic", equalTo(528.21f))
                .body("rows[7].amounts.project", equalTo(52.00f))
                // a blank cell stays blank: 2080101 has no 项目支出
                .body("rows[3].amounts", not(hasKey("project")))
                .body("rows[7].version", equalTo(1));
    }

    @Test
    void writingTheSameTableAgainChangesNothingAndOneCellChangesOneLine() {
        String dept = SeedTable3.freshDeptCode();
        given().contentType(ContentType.JSON).body(SeedTable3.json()).put(TABLE, dept, 3).then().statusCode(200);

        given().contentType(ContentType.JSON).body(SeedTable3.json())
                .when().put(TABLE, dept, 3)
                .then().statusCode(200).body("changedLines", equalTo(0));

        given().contentType(ContentType.JSON).body(SeedTable3.withCell("\"total\": 580.21", "\"total\": 580.22"))
                .when().put(TABLE, dept, 3)
                .then().statusCode(200)
                .body("changedLines", equalTo(1))
                .body("rows[7].amounts.total", equalTo(580.22f))
                .body("rows[7].version", equalTo(2))
                .body("rows[6].version", equalTo(1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not JSON at all         | 3  | rows: none                                                                    | body             | ",
            "malformed JSON          | 3  | {\"rows\": [                                                                  | rows             | ",
            "unknown table           | 10 | {\"rows\": []}                                                                | tableNo          | 10",
            "letter O in a code      | 3  | {\"rows\": [{\"code\": \"20801O1\", \"name\": \"x\", \"amounts\": {}}]}       | rows[0].code     | 20801O1",
            "four-digit code         | 3  | {\"rows\": [{\"code\": \"2080\", \"name\": \"x\", \"amounts\": {}}]}          | rows[0].code     | 2080",
            "three decimals          | 3  | {\"rows\": [{\"code\": \"208\", \"name\": \"x\", \"amounts\": {\"total\": 580.215}}]} | rows[0].amounts.total | 580.215",
            "missing name            | 3  | {\"rows\": [{\"code\": \"208\", \"amounts\": {\"total\": 1.00}}]}             | rows[0].name     | ",
            "text for an amount      | 3  | {\"rows\": [{\"code\": \"208\", \"name\": \"x\", \"amounts\": {\"total\": \"lots\"}}]} | rows[0].amounts.total | ",
            "column of another table | 3  | {\"rows\": [{\"code\": \"208\", \"name\": \"x\", \"amounts\": {\"personnel\": 1.00}}]} | rows[0].amounts.personnel | 1.00",
            "misspelt field          | 3  | {\"rows\": [{\"code\": \"208\", \"name\": \"x\", \"amount\": {\"total\": 1.00}}]} | rows[0].amount | ",
            "orphan 项               | 3  | {\"rows\": [{\"code\": \"2080106\", \"name\": \"x\", \"amounts\": {}}]}       | rows[0].code     | 2080106",
    })
    void badInputIsRefusedWithAProblemNamingTheFieldAndNothingIsStored(String caseName, int table, String body, String field, String value) {
        String dept = SeedTable3.freshDeptCode();
        given().contentType(ContentType.JSON).body(SeedTable3.json()).put(TABLE, dept, 3).then().statusCode(200);

        var response = given().contentType(ContentType.JSON).body(body)
                .when().put(TABLE, dept, table)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem(field));
        if (value != null) {
            response.body("violations.value", hasItem(value));
        }

        // the table still holds the seed, untouched
        given().when().get(TABLE, dept, 3)
                .then().statusCode(200)
                .body("rows.size()", equalTo(34))
                .body("rows[7].amounts.total", equalTo(580.21f))
                .body("rows[7].version", equalTo(1));
    }

    @Test
    void aRefusedFirstWriteCreatesNoBudget() {
        String dept = SeedTable3.freshDeptCode();

        given().contentType(ContentType.JSON).body(SeedTable3.withCell("\"code\": \"2080106\"", "\"code\": \"20801O6\""))
                .when().put(TABLE, dept, 3)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("rows[7].code"))
                .body("violations[0].value", equalTo("20801O6"));

        given().when().get(TABLE, dept, 3)
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
