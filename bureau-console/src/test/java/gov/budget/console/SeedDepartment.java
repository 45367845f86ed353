package gov.budget.console;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * The seed budget loaded into a fresh department through the ledger, with one cell of 表3
 * (就业管理事务, 2080106) changed from 580.21 to 580.22, and 表6's 30108 (机关事业单位基本养老保险缴费)
 * from 139.11 to 139.12: reconciliation then reads the budget as ERRORS, with R16's WARNING among them.
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
                .body(sample("budget.json").replaceFirst("\"deptCode\": *\"323\"", "\"deptCode\": \"" + dept + "\""))
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
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            var reconciliation = RestAssured.given().auth().oauth2(admin)
                    .get(PackagedServices.reconciliation() + "/reconciliations/" + dept + "/2024").then().extract().jsonPath();
            return "ERRORS".equals(reconciliation.getString("status")) && reconciliation.getList("findings.ruleId").contains("R16");
        });
    }

    private static String sample(String file) {
        try {
            return Files.readString(Path.of("..", "deploy", "samples", "323-2024", file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
