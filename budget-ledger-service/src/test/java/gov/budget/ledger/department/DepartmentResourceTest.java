package gov.budget.ledger.department;

import gov.budget.ledger.LedgerFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void aDepartmentCreatedByManyCallersAtOnceIsCreatedOnceAndTheOthersAreTold409() throws Exception {
        int callers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            // rounds of callers released together, so that some find the department absent and insert it at once
            for (int round = 0; round < 5; round++) {
                String dept = LedgerFixtures.freshDeptCode();
                CyclicBarrier start = new CyclicBarrier(callers);
                List<Future<Response>> answers = new ArrayList<>();
                for (int i = 0; i < callers; i++) {
                    Callable<Response> create = () -> {
                        var request = asFinanceAdmin().contentType(ContentType.JSON).body(LedgerFixtures.departmentJson(dept));
                        start.await();
                        return request.post("/departments");
                    };
                    answers.add(pool.submit(create));
                }
                int created = 0;
                for (Future<Response> answer : answers) {
                    var response = answer.get();
                    if (response.statusCode() == 201) {
                        created++;
                    } else {
                        // found already there, or refused by the key as it inserted it too
                        response.then().statusCode(409).contentType("application/problem+json")
                                .body("detail", anyOf(equalTo("department " + dept + " already exists"),
                                        startsWith("another request wrote the value '" + dept + "' of unique key")));
                    }
                }
                assertEquals(1, created, "callers that created department " + dept);
                asFinanceAdmin().when().get("/departments/{code}", dept).then().statusCode(200).body("subUnits.size()", equalTo(3));
            }
        } finally {
            pool.shutdownNow();
        }
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
