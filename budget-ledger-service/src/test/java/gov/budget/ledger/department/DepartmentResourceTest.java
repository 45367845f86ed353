package gov.budget.ledger.department;

import gov.budget.ledger.LedgerFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class DepartmentResourceTest {

    @Test
    void aDepartmentIsCreatedWithItsUnitsAndReadBackAndListed() {
        String dept = LedgerFixtures.freshDeptCode();

        asFinanceAdmin().contentType(ContentType.JSON).body(LedgerFixtures.departmentJson(dept))
                .when().post("/departments")
                .then().statusCode(201)
                .header("Location", endsWith("/departments/" + dept))
                .body("code", equalTo(dept))
                .body("subUnits.size()", equalTo(3));

        asFinanceAdmin().when().get("/departments/{code}", dept)
                .then().statusCode(200)
                .body("name", equalTo("秦皇岛市海港区人力资源和社会保障局"))
                .body("subUnits[0].name", equalTo("秦皇岛市海港区人力资源和社会保障局本级"))
                .body("subUnits[0].nature", equalTo("行政"))
                .body("subUnits[1].grade", equalTo("副科级"))
                .body("subUnits[2].fundingForm", equalTo("财政性资金基本保证"));

        asFinanceAdmin().when().get("/departments").then().statusCode(200).body("code", hasItem(dept));
    }

    @Test
    void aDepartmentCannotBeCreatedTwiceAndAnUnknownOneIsNotFound() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.createDepartment(dept);

        asFinanceAdmin().contentType(ContentType.JSON).body(LedgerFixtures.departmentJson(dept))
                .when().post("/departments")
                .then().statusCode(409).contentType("application/problem+json");
        asFinanceAdmin().when().get("/departments/{code}", "NO" + dept)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "code with a dash  | {\"code\": \"32-3\", \"name\": \"x\"}                                     | code                | 32-3",
            "missing name      | {\"code\": \"D1\"}                                                     | name                | ",
            "unit without name | {\"code\": \"D1\", \"name\": \"x\", \"subUnits\": [{\"nature\": \"行政\"}]} | subUnits[0].name    | ",
            "unit twice        | {\"code\": \"D1\", \"name\": \"x\", \"subUnits\": [{\"name\": \"本级\"}, {\"name\": \"本级\"}]} | subUnits[1].name | 本级",
    })
    void aBadDepartmentIsRefusedNamingTheField(String caseName, String body, String field, String value) {
        var response = asFinanceAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/departments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
        if (value != null) {
            response.body("violations.value", hasItem(value));
        }
        asFinanceAdmin().when().get("/departments/D1").then().statusCode(404);
    }
}
