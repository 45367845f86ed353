package gov.budget.console;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * The seed budget loaded into a fresh department through the ledger, with one cell of 表3
 * (就业管理事务, 2080106) changed from 580.21 to 580.22, and 表6's 30108 (机关事业单位基本养老保险缴费)
 * from 139.11 to 139.12, with its project sheets, procurement, holdings and register in their services:
 * reconciliation then reads the budget as ERRORS, with R16's and R22's WARNINGs among them.
 */
final class SeedDepartment {

    private static String loaded;

    private SeedDepartment() {
    }

    /** The department's code, once reconciliation has flagged the changed cells; loaded once per test JVM. */
    static synchronized String withTwoCellsChanged() {
        if (loaded == null) {
            String dept = "C" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
            load(dept);
            loaded = dept;
        }
        return loaded;
    }

    private static void load(String dept) {
        String admin = ConsoleTokens.financeAdmin();
        String ledger = PackagedServices.ledger();
        RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(sample("department.json").replaceFirst("\"code\": *\"323\"", "\"code\": \"" + dept + "\""))
                .post(ledger + "/departments").then().statusCode(201);
        RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(forDept("budget.json", dept))
                .put(ledger + "/budgets/" + dept + "/2024").then().statusCode(200);
        String etag = RestAssured.given().auth().oauth2(admin).get(ledger + "/budgets/" + dept + "/2024/tables/3")
                .then().statusCode(200).extract().header("ETag");
        RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"amounts\": {\"total\": 580.22}}")
                .patch(ledger + "/budgets/" + dept + "/2024/tables/3/rows/2080106").then().statusCode(200);
        String table6 = RestAssured.given().auth().oauth2(admin).get(ledger + "/budgets/" + dept + "/2024/tables/6")
                .then().statusCode(200).extract().header("ETag");
        RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", table6)
                .body("{\"amounts\": {\"total\": 139.12, \"personnel\": 139.12}}")
                .patch(ledger + "/budgets/" + dept + "/2024/tables/6/rows/30108").then().statusCode(200);
        // the department's other records, each into its own service: the project sheets bring R22's cost-indicator WARNING
        put(PackagedServices.procurement() + "/procurement/" + dept + "/2024", forDept("procurement.json", dept));
        put(PackagedServices.asset() + "/assets/" + dept + "/holdings/2023-12-31", forDept("asset-holdings.json", dept));
        put(PackagedServices.asset() + "/assets/" + dept + "/register", forDept("asset-register.json", dept).replace("\"323-", "\"" + dept + "-"));
        put(PackagedServices.performance() + "/performance/" + dept + "/2024", forDept("performance.json", dept));
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            var reconciliation = RestAssured.given().auth().oauth2(admin)
                    .get(PackagedServices.reconciliation() + "/reconciliations/" + dept + "/2024").then().extract().jsonPath();
            List<String> rules = reconciliation.getList("findings.ruleId");
            return "ERRORS".equals(reconciliation.getString("status")) && rules.contains("R16") && rules.contains("R22");
        });
    }

    private static void put(String url, String json) {
        RestAssured.given().auth().oauth2(ConsoleTokens.financeAdmin()).contentType(ContentType.JSON).body(json).put(url)
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    private static String forDept(String file, String dept) {
        return sample(file).replaceFirst("\"deptCode\": *\"323\"", "\"deptCode\": \"" + dept + "\"");
    }

    private static String sample(String file) {
        try {
            return Files.readString(Path.of("..", "deploy", "samples", "323-2024", file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
