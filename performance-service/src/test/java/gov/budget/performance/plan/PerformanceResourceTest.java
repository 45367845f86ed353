package gov.budget.performance.plan;

import gov.budget.contracts.event.EventEnvelope;
import gov.budget.web.testing.OutboxRows;
import gov.budget.web.testing.SnapshotDigests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;

import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static gov.budget.web.testing.JsonAmounts.amount;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class PerformanceResourceTest {

    private static final String PLAN = "/performance/{dept}/2024";
    private static final String SHEETS_DIGEST = "find { it.part == 'ProjectSheet' }";
    private static final String SHEET = """
            {"projectCode": "TEST0001", "projectName": "测试项目", "budget": 10.00, "fiscalFunds": 10.00,
             "fundUse": "用于测试", "spendingPlan": {"march": 25, "june": 50, "october": 75, "december": 100},
             "goals": ["完成测试"], "carriedOver": false,
             "indicators": [{"level1": "产出指标", "level2": "成本指标", "level3": "费用控制数", "description": "测试经费",
                             "value": "≤10万元", "basis": "年度工作计划"}]}""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theSeedsTwentyFourSheetsLoadAndTotal2132Point39() {
        String dept = freshDept();
        importSample(dept);

        asFinanceAdmin().when().get(PLAN + "/totals", dept)
                .then().statusCode(200)
                .body("sheetCount", equalTo(24))
                .body("budget", amount("2132.39"));
        asFinanceAdmin().when().get(PLAN, dept)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("overallGoal.divisions.size()", equalTo(6))
                .body("overallGoal.divisions[0].division", equalTo("办公室"))
                .body("overallGoal.divisions[0].indicators.size()", equalTo(11))
                .body("sheets[0].projectCode", equalTo("13030224P00308P12449R"))
                .body("sheets[0].spendingPlan.december", equalTo(100))
                .body("sheets[0].indicators[0].value.operator", equalTo("≥"))
                .body("sheets[0].indicators[0].value.number", equalTo(90))
                .body("sheets[0].indicators[0].value.unit", equalTo("%"))
                .body("sheets[0].indicators[3].value.inSheetUnit", equalTo(2));
        asFinanceAdmin().queryParam("dept", dept).queryParam("year", 2024).queryParam("carriedOver", true).when().get("/performance/sheets")
                .then().statusCode(200).body("size()", equalTo(4)).body("carriedOver", everyItem(equalTo(true)));
        asFinanceAdmin().queryParam("dept", dept).queryParam("level2", "成本指标").when().get("/performance/sheets")
                .then().statusCode(200).body("size()", equalTo(24));
        var yuan = asFinanceAdmin().queryParam("dept", dept).when().get("/performance/sheets").then().extract().jsonPath();
        assertEquals("40.386063", yuan.getString("indicators.flatten().find { it.value.text == '≤403860.63元' }.value.inSheetUnit"));
    }

    @Test
    void reImportingNeedsTheETagAndASheetIsChangedWithItsOwn() {
        String dept = freshDept();
        importSample(dept);
        asFinanceAdmin().contentType(ContentType.JSON).body(sample(dept)).when().put(PLAN, dept).then().statusCode(428);
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(sample(dept))
                .when().put(PLAN, dept).then().statusCode(200).header("ETag", "\"1\"").body("changedSheets", equalTo(0));

        asFinanceAdmin().contentType(ContentType.JSON).body(SHEET).when().post(PLAN + "/sheets", dept)
                .then().statusCode(201).header("ETag", "\"1\"").body("position", equalTo(25));
        asFinanceAdmin().contentType(ContentType.JSON).body(SHEET).when().post(PLAN + "/sheets", dept)
                .then().statusCode(409).contentType("application/problem+json");
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(SHEET.replace("10.00", "12.00"))
                .when().put(PLAN + "/sheets/TEST0001", dept).then().statusCode(200).header("ETag", "\"2\"").body("budget", amount("12.00"));
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(SHEET)
                .when().put(PLAN + "/sheets/TEST0001", dept).then().statusCode(412);
        asFinanceAdmin().header("If-Match", "\"2\"").when().delete(PLAN + "/sheets/TEST0001", dept).then().statusCode(204);
        asFinanceAdmin().when().get(PLAN + "/totals", dept).then().body("sheetCount", equalTo(24));
    }

    @Test
    void anImportThatPrefersMinimalAnswersWithTheNewETagAloneAndStoresEverySheet() {
        String dept = freshDept();
        asFinanceAdmin().contentType(ContentType.JSON).header("Prefer", "return=minimal").body(sample(dept))
                .when().put(PLAN, dept)
                .then().statusCode(204).header("ETag", "\"1\"").header("Preference-Applied", "return=minimal")
                .body(emptyString());
        asFinanceAdmin().when().get(PLAN, dept).then().statusCode(200).header("ETag", "\"1\"").body("sheets.size()", equalTo(24));
        asFinanceAdmin().contentType(ContentType.JSON).header("Prefer", "return=minimal").body(sample(dept))
                .when().put(PLAN, dept).then().statusCode(428).contentType("application/problem+json");
        // the same import again changes nothing, and answers with the version it left
        asFinanceAdmin().contentType(ContentType.JSON).header("Prefer", "return=minimal").header("If-Match", "\"1\"")
                .body(sample(dept))
                .when().put(PLAN, dept).then().statusCode(204).header("ETag", "\"1\"").body(emptyString());
    }

    @Test
    void theOverallGoalIsReplacedAndClearedWithTheETag() {
        String dept = freshDept();
        importSample(dept);
        String goal = "{\"goal\": \"负责全区人力资源和社会保障工作。\", \"divisions\": [{\"division\": \"办公室\", "
                + "\"goal\": \"综合协调机关重要政务、事务。\", \"indicators\": [\"负责督办工作。\"]}]}";
        asFinanceAdmin().contentType(ContentType.JSON).body(goal).when().put(PLAN + "/overall-goal", dept).then().statusCode(428);
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(goal)
                .when().put(PLAN + "/overall-goal", dept).then().statusCode(200).header("ETag", "\"2\"");
        asFinanceAdmin().when().get(PLAN + "/overall-goal", dept).then().statusCode(200)
                .body("divisions.size()", equalTo(1)).body("divisions[0].indicators[0]", equalTo("负责督办工作。"));
        asFinanceAdmin().header("If-Match", "\"2\"").when().delete(PLAN + "/overall-goal", dept).then().statusCode(200).header("ETag", "\"3\"");
        asFinanceAdmin().when().get(PLAN + "/overall-goal", dept).then().body("divisions.size()", equalTo(0));
        asFinanceAdmin().when().get(PLAN + "/totals", dept).then().body("sheetCount", equalTo(24));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "percentage above 100       | \"december\": 100     | \"december\": 101       | 400 | spendingPlan.december | 101",
            "negative percentage        | \"march\": 25         | \"march\": -5           | 400 | spendingPlan.march    | -5",
            "a plan that decreases      | \"june\": 50          | \"june\": 20            | 400 | spendingPlan.june     | 20",
            "missing code               | \"projectCode\": \"TEST0001\", | ''                   | 400 | projectCode           | ",
            "missing name               | \"projectName\": \"测试项目\", | ''                   | 400 | projectName           | ",
            "budget with three decimals | \"budget\": 10.00     | \"budget\": 10.005      | 400 | budget                | 10.005",
            "an unreadable number       | \"≤10万元\"            | \"≤1O万元\"              | 400 | indicators[0].value   | ≤1O万元",
    })
    void aBadSheetIsRefusedAndNothingIsStored(String caseName, String before, String after, int status, String field, String value) {
        String dept = freshDept();
        var response = asFinanceAdmin().contentType(ContentType.JSON).body(SHEET.replace(before, after))
                .when().post(PLAN + "/sheets", dept)
                .then().statusCode(status).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
        if (value != null) {
            response.body("violations.value", hasItem(value));
        }
        asFinanceAdmin().when().get(PLAN, dept).then().statusCode(404);
    }

    @Test
    void aProjectCodeTwiceInAnImportIsAConflictAndAQualitativeValueIsNoError() {
        String dept = freshDept();
        String twice = "{\"deptCode\": \"" + dept + "\", \"fiscalYear\": 2024, \"sheets\": [" + SHEET + ", " + SHEET + "]}";
        asFinanceAdmin().contentType(ContentType.JSON).body(twice).when().put(PLAN, dept).then().statusCode(409);
        asFinanceAdmin().when().get(PLAN, dept).then().statusCode(404);

        asFinanceAdmin().contentType(ContentType.JSON).body(SHEET.replace("≤10万元", "较上年有所提高")).when().post(PLAN + "/sheets", dept)
                .then().statusCode(201).body("indicators[0].value.qualitative", equalTo(true));
    }

    @Test
    void theSheetsExportAndEverySheetLeavesTheOutboxAndPagesThroughTheSnapshot() throws Exception {
        String dept = freshDept();
        importSample(dept);
        byte[] xlsx = asFinanceAdmin().when().get(PLAN + "/export.xlsx", dept).then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(24, workbook.getNumberOfSheets());
            assertEquals("1、保障农民工工资支付工作专项经费绩效目标表", workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertEquals(2.0, workbook.getSheetAt(0).getRow(3).getCell(2).getNumericCellValue());
            assertEquals("≥90%", workbook.getSheetAt(0).getRow(9).getCell(4).getStringCellValue());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> asFinanceAdmin().get("/outbox").jsonPath().getLong("pending") == 0);
        var first = asFinanceAdmin().queryParam("deptCode", dept).queryParam("fiscalYear", 2024).queryParam("limit", 20)
                .when().get("/snapshot/sheets").then().statusCode(200).extract().jsonPath();
        var rest = asFinanceAdmin().queryParam("deptCode", dept).queryParam("fiscalYear", 2024).queryParam("limit", 20)
                .queryParam("cursor", first.getString("nextCursor")).when().get("/snapshot/sheets").then().extract().jsonPath();
        assertEquals(24, first.getList("sheets").size() + rest.getList("sheets").size());
        asFinanceAdmin().when().get("/snapshot/budgets").then().statusCode(200).body("deptCode", hasItem(dept));
    }

    @Test
    void anImportPublishesItsSheetsAsOneEventOfThePlanAndAuditsEachSheet() throws Exception {
        String dept = freshDept();
        importSample(dept);
        // one sheet's change in a second import publishes that sheet's own event
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(sample(dept).replace("保障农民工工资支付工作专项经费\"", "保障农民工工资支付专项经费\""))
                .when().put(PLAN, dept).then().statusCode(200).header("ETag", "\"2\"").body("changedSheets", equalTo(1));

        List<EventEnvelope> events = OutboxRows.eventsOf(dataSource, dept);
        assertEquals(List.of("ProjectSheetsChanged", "ProjectSheetChanged"), events.stream().map(EventEnvelope::eventType).toList());
        EventEnvelope imported = events.get(0);
        assertEquals(dept + ":2024", imported.aggregateId());
        assertEquals(1L, imported.version());
        assertEquals(24, imported.payload().path("sheets").size());
        imported.payload().path("sheets").forEach(entry -> assertEquals(1L, entry.path("version").asLong()));
        assertEquals("13030224P00308P12449R", imported.payload().at("/sheets/0/sheet/projectCode").textValue());
        EventEnvelope changed = events.get(1);
        assertEquals(dept + ":2024:13030224P00308P12449R", changed.aggregateId());
        assertEquals(2L, changed.version());
        assertEquals("保障农民工工资支付专项经费", changed.payload().path("projectName").textValue());

        // the audit trail records each sheet's change, as if each had been published alone
        asFinanceAdmin().queryParam("limit", 100).when().get("/audit/{dept}/2024", dept).then().statusCode(200)
                .body("records.findAll { it.entityType == 'ProjectSheet' }.size()", equalTo(25))
                .body("records.findAll { it.entityType == 'ProjectSheet' }.action.unique()", equalTo(List.of("CREATED", "CHANGED")));
    }

    @Test
    void theDigestsCountTheLiveSheetsAndMoveWithASheetAddedAndRemoved() {
        String dept = freshDept();
        importSample(dept);
        JsonPath imported = SnapshotDigests.of(dept);
        assertEquals(24, imported.getInt(SHEETS_DIGEST + ".records"));
        assertEquals(2024, imported.getInt(SHEETS_DIGEST + ".fiscalYear"));

        asFinanceAdmin().contentType(ContentType.JSON).body(SHEET).when().post(PLAN + "/sheets", dept).then().statusCode(201);
        JsonPath added = SnapshotDigests.of(dept);
        assertEquals(25, added.getInt(SHEETS_DIGEST + ".records"));
        assertNotEquals(imported.getLong(SHEETS_DIGEST + ".checksum"), added.getLong(SHEETS_DIGEST + ".checksum"));

        // a removed sheet no longer counts, and the digest is the imported one's again
        asFinanceAdmin().header("If-Match", "\"1\"").when().delete(PLAN + "/sheets/TEST0001", dept).then().statusCode(204);
        JsonPath removed = SnapshotDigests.of(dept);
        assertEquals(24, removed.getInt(SHEETS_DIGEST + ".records"));
        assertEquals(imported.getLong(SHEETS_DIGEST + ".checksum"), removed.getLong(SHEETS_DIGEST + ".checksum"));
    }

    private static void importSample(String dept) {
        asFinanceAdmin().contentType(ContentType.JSON).body(sample(dept)).when().put(PLAN, dept)
                .then().statusCode(200).body("changedSheets", equalTo(24));
    }

    private static String sample(String dept) {
        try {
            String json = Files.readString(Path.of("..", "deploy", "samples", "323-2024", "performance.json"), StandardCharsets.UTF_8);
            return json.replaceFirst("\"deptCode\": \"323\"", Matcher.quoteReplacement("\"deptCode\": \"" + dept + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String freshDept() {
        return "G" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }
}
