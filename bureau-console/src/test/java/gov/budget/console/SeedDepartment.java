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
 * The seed disclosure loaded into fresh departments through the services' APIs: its budget into the
 * ledger, its project sheets, procurement, holdings and register into theirs. As published it has one
 * WARNING, R22 (a cost indicator above its sheet's budget). With one cell of 表3 (就业管理事务,
 * 2080106) changed from 580.21 to 580.22 and 表6's 30108 (机关事业单位基本养老保险缴费) from 139.11
 * to 139.12, it has ERRORs too (R05 among them) and R16's WARNING.
 */
final class SeedDepartment {

    private static String published;
    private static String changed;

    private SeedDepartment() {
    }

    /** A department with the seed disclosure as published, once reconciliation has flagged its one WARNING (R22); once per test JVM. */
    static synchronized String published() {
        if (published == null) {
            String dept = newCode("W");
            loadPublished(dept);
            awaitFindings(dept, "WARNINGS", List.of("R22"));
            published = dept;
        }
        return published;
    }

    /** A department with two cells changed, once reconciliation has flagged them; once per test JVM. */
    static synchronized String withTwoCellsChanged() {
        if (changed == null) {
            String dept = newCode("C");
            loadPublished(dept);
            String ledger = PackagedServices.ledger();
            patch(ledger + "/budgets/" + dept + "/2024/tables/3", "2080106", "{\"amounts\": {\"total\": 580.22}}");
            patch(ledger + "/budgets/" + dept + "/2024/tables/6", "30108", "{\"amounts\": {\"total\": 139.12, \"personnel\": 139.12}}");
            awaitFindings(dept, "ERRORS", List.of("R05", "R16", "R22"));
            changed = dept;
        }
        return changed;
    }

    private static String newCode(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    /** The department, its budget, and its other records each into its own service (the project sheets bring R22). */
    private static void loadPublished(String dept) {
        String admin = ConsoleTokens.financeAdmin();
        String ledger = PackagedServices.ledger();
        RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(sample("department.json").replaceFirst("\"code\": *\"323\"", "\"code\": \"" + dept + "\""))
                .post(ledger + "/departments").then().statusCode(201);
        RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(forDept("budget.json", dept))
                .put(ledger + "/budgets/" + dept + "/2024").then().statusCode(200);
        put(PackagedServices.procurement() + "/procurement/" + dept + "/2024", forDept("procurement.json", dept));
        put(PackagedServices.asset() + "/assets/" + dept + "/holdings/2023-12-31", forDept("asset-holdings.json", dept));
        put(PackagedServices.asset() + "/assets/" + dept + "/register", forDept("asset-register.json", dept).replace("\"323-", "\"" + dept + "-"));
        put(PackagedServices.performance() + "/performance/" + dept + "/2024", forDept("performance.json", dept));
    }

    /** A PATCH of one row of a ledger table, with the table's current ETag. */
    static void patch(String table, String row, String json) {
        String admin = ConsoleTokens.financeAdmin();
        String etag = RestAssured.given().auth().oauth2(admin).get(table).then().statusCode(200).extract().header("ETag");
        RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", etag).body(json)
                .patch(table + "/rows/" + row).then().statusCode(200);
    }

    private static void awaitFindings(String dept, String status, List<String> rules) {
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            var reconciliation = RestAssured.given().auth().oauth2(ConsoleTokens.financeAdmin())
                    .get(PackagedServices.reconciliation() + "/reconciliations/" + dept + "/2024").then().extract().jsonPath();
            return status.equals(reconciliation.getString("status")) && reconciliation.getList("findings.ruleId").containsAll(rules);
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
