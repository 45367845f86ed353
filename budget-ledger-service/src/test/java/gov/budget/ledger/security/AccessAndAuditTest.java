package gov.budget.ledger.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.budget.ledger.LedgerFixtures;
import gov.budget.web.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static gov.budget.web.testing.Callers.as;
import static gov.budget.web.testing.Callers.asDeptEditor;
import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static gov.budget.web.testing.Callers.asFinanceViewer;
import static gov.budget.web.testing.Callers.asService;
import static gov.budget.web.testing.JsonAmounts.amount;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Who may read and change which budget, and the audit trail that records every change and every
 * refused write. Each department here is new, so the trail holds only what the test did.
 */
@QuarkusTest
class AccessAndAuditTest {

    private static final String ROW = "/budgets/{dept}/2024/tables/{no}/rows/{code}";
    private static final String TABLE = "/budgets/{dept}/2024/tables/{no}";
    private static final String AUDIT = "/audit/{dept}/2024";

    @Test
    void anEditorChangesItsOwnDepartmentAndTheTrailHoldsBeforeAndAfter() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);
        String etag = LedgerFixtures.tableETag(dept, 3);

        String requestId = as(TestTokens.deptEditor("zhang.wei", dept)).contentType(ContentType.JSON)
                .header("If-Match", etag).header("X-Request-Id", "req-" + dept)
                .body("{\"amounts\": {\"total\": 580.22}}")
                .when().patch(ROW, dept, 3, "2080106")
                .then().statusCode(200)
                .header("X-Request-Id", "req-" + dept)
                .extract().header("X-Request-Id");

        JsonPath trail = trail(dept);
        List<Map<String, Object>> byEditor = trail.getList("records.findAll { it.actor == 'zhang.wei' }");
        Map<String, Object> lineChange = byEditor.stream()
                .filter(r -> "LedgerLine".equals(r.get("entityType"))).findFirst().orElseThrow();
        assertThat(lineChange.get("action"), equalTo("CHANGED"));
        assertThat(lineChange.get("requestId"), equalTo(requestId));
        assertThat((String) lineChange.get("entityKey"), containsString("2080106"));
        assertThat(path(lineChange, "before", "amounts", "total"), amount("580.21"));
        assertThat(path(lineChange, "after", "amounts", "total"), amount("580.22"));
        // the import before it was the administrator's, and created the line
        assertThat(trail.getList("records.findAll { it.actor == 'test-admin' && it.action == 'CREATED' }"), not(empty()));
    }

    @Test
    void eachChangeOfALineStartsFromTheChangeBeforeIt() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);
        for (String total : List.of("580.22", "580.23", "580.24")) {
            as(TestTokens.deptEditor("zhang.wei", dept)).contentType(ContentType.JSON)
                    .header("If-Match", LedgerFixtures.tableETag(dept, 3))
                    .body("{\"amounts\": {\"total\": " + total + "}}")
                    .when().patch(ROW, dept, 3, "2080106")
                    .then().statusCode(200);
        }

        List<Map<String, Object>> changes = trail(dept).getList(
                "records.findAll { it.actor == 'zhang.wei' && it.entityType == 'LedgerLine' }");
        assertThat(changes, hasSize(3));
        assertThat(changes.stream().map(r -> path(r, "before", "amounts", "total")).toList(),
                equalTo(amounts("580.21", "580.22", "580.23")));
        assertThat(changes.stream().map(r -> path(r, "after", "amounts", "total")).toList(),
                equalTo(amounts("580.22", "580.23", "580.24")));
    }

    @Test
    void aRecordPagedAloneStillShowsTheValueBeforeIt() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);
        for (String total : List.of("580.22", "580.23")) {
            asDeptEditor(dept).contentType(ContentType.JSON)
                    .header("If-Match", LedgerFixtures.tableETag(dept, 3))
                    .body("{\"amounts\": {\"total\": " + total + "}}")
                    .when().patch(ROW, dept, 3, "2080106")
                    .then().statusCode(200);
        }
        List<Map<String, Object>> changes = trail(dept).getList("records.findAll { it.entityType == 'LedgerLine' && it.action == 'CHANGED' }");
        assertThat(changes, hasSize(2));

        // each change on a page of its own: the record before it is on an earlier page
        List<Object> before = new ArrayList<>();
        for (Map<String, Object> change : changes) {
            long afterId = ((Number) change.get("id")).longValue() - 1;
            Map<String, Object> paged = asFinanceAdmin().when().get(AUDIT + "?limit=1&afterId=" + afterId, dept)
                    .then().statusCode(200).extract().jsonPath().getMap("records[0]");
            assertThat(paged.get("id"), equalTo(change.get("id")));
            assertThat(paged.get("action"), equalTo("CHANGED"));
            before.add(path(paged, "before", "amounts", "total"));
        }
        assertThat(before, equalTo(amounts("580.21", "580.22")));
    }

    @Test
    void aRowRemovedAndAddedAgainIsDeletedWithItsLastValueAndThenCreated() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);
        String withRow = LedgerFixtures.tableJson(3);
        String withoutRow = withRow.lines().filter(line -> !line.contains("\"2080106\""))
                .collect(Collectors.joining("\n"));
        for (String table : List.of(withoutRow, withRow)) {
            asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", LedgerFixtures.tableETag(dept, 3))
                    .body(table)
                    .when().put(TABLE, dept, 3)
                    .then().statusCode(200);
        }

        List<Map<String, Object>> row = trail(dept).getList(
                "records.findAll { it.entityType == 'LedgerLine' && it.entityKey.endsWith(':3:2080106') }");
        assertThat(row.stream().map(r -> r.get("action")).toList(), equalTo(List.of("CREATED", "DELETED", "CREATED")));
        assertThat(row.stream().map(r -> r.get("entityVersion")).toList(), equalTo(List.of(1, 2, 3)));
        Map<String, Object> deleted = row.get(1);
        assertThat(path(deleted, "before", "amounts", "total"), amount("580.21"));
        assertThat(deleted.get("after"), equalTo(null));
        Map<String, Object> createdAgain = row.get(2);
        assertThat(createdAgain.get("before"), equalTo(null));
        assertThat(path(createdAgain, "after", "amounts", "total"), amount("580.21"));
    }

    @Test
    void anEditorOfAnotherDepartmentIsRefusedWith403AndTheRefusalIsAudited() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);
        String etag = LedgerFixtures.tableETag(dept, 3);

        as(TestTokens.deptEditor("li.na", "999999")).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"amounts\": {\"total\": 1.00}}")
                .when().patch(ROW, dept, 3, "2080106")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", not(containsString(dept)));
        asDeptEditor("999999").when().get(TABLE, dept, 3).then().statusCode(403);
        // the refused write changed nothing
        asFinanceViewer().when().get(TABLE, dept, 3).then().statusCode(200).header("ETag", etag)
                .body("rows[7].amounts.total", amount("580.21"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<Map<String, Object>> refusals = trail(dept).getList("records.findAll { it.action == 'REFUSED' && it.actor == 'li.na' }");
            assertThat(refusals, hasSize(1));
            assertThat(refusals.get(0).get("entityKey"), equalTo("PATCH /budgets/" + dept + "/2024/tables/3/rows/2080106"));
            assertThat((String) refusals.get(0).get("reason"), startsWith("403 Forbidden"));
        });
    }

    @Test
    void aViewerReadsEverythingButWritesNothing() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);
        String etag = LedgerFixtures.tableETag(dept, 3);

        asFinanceViewer().when().get(TABLE, dept, 3).then().statusCode(200);
        asFinanceViewer().when().get("/departments").then().statusCode(200);
        asFinanceViewer().contentType(ContentType.JSON).header("If-Match", etag).body("{\"amounts\": {\"total\": 1.00}}")
                .when().patch(ROW, dept, 3, "2080106")
                .then().statusCode(403).contentType("application/problem+json");
        // an editor may not list every department, nor create budgets or departments
        asDeptEditor(dept).when().get("/departments").then().statusCode(403);
        asDeptEditor(dept).contentType(ContentType.JSON).body(LedgerFixtures.departmentJson(LedgerFixtures.freshDeptCode()))
                .when().post("/departments").then().statusCode(403);
        // another service reads snapshots and departments, and writes nothing
        asService().when().get("/departments/{dept}", dept).then().statusCode(200);
        asService().when().get("/snapshot/budgets/{dept}/2024", dept).then().statusCode(200);
        asService().contentType(ContentType.JSON).header("If-Match", etag).body("{\"amounts\": {\"total\": 1.00}}")
                .when().patch(ROW, dept, 3, "2080106")
                .then().statusCode(403);
        asDeptEditor(dept).when().get("/snapshot/budgets/{dept}/2024", dept).then().statusCode(403);
        // and reads no department's budget, table, export or the outbox through the public API
        asService().when().get("/budgets/{dept}/2024", dept).then().statusCode(403);
        asService().when().get(TABLE, dept, 3).then().statusCode(403);
        asService().when().get(TABLE + "/export.csv", dept, 3).then().statusCode(403);
        asService().when().get("/budgets").then().statusCode(403);
        asService().when().get("/outbox").then().statusCode(403);
    }

    @Test
    void badInputIsAuditedAsRefusedWithTheFieldThatWasWrong() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);
        String etag = LedgerFixtures.tableETag(dept, 3);

        asDeptEditor(dept).contentType(ContentType.JSON).header("If-Match", etag).body("{\"amounts\": {\"total\": 1.005}}")
                .when().patch(ROW, dept, 3, "2080106")
                .then().statusCode(400);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<String> reasons = trail(dept).getList("records.findAll { it.action == 'REFUSED' }.reason");
            assertThat(reasons, hasSize(1));
            assertThat(reasons.get(0), startsWith("400 Invalid input"));
            assertThat(reasons.get(0), containsString("amounts.total=1.005"));
        });
    }

    @Test
    void hostileTextIsStoredVerbatimAndChangesNoQuery() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);
        String hostile = "<script>alert('x')</script>'; DROP TABLE ledger_line; --";

        renameRowAndReadItBack(dept, hostile);
        // the text was data, never SQL: the table it names is untouched
        asFinanceViewer().when().get(TABLE, dept, 5).then().statusCode(200).header("ETag", "\"1\"")
                .body("rows.size()", not(equalTo(0)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NUL \u0000", "BEL \u0007", "ESC \u001b[31m", "right-to-left override \u202e", "isolate \u2066"})
    void aNameWithACharacterThatIsNotTextIsRefusedAndNothingIsStored(String hostile) {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);
        String etag = LedgerFixtures.tableETag(dept, 3);
        String name = "社会保障和就业 " + hostile;

        asDeptEditor(dept).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("name", name))
                .when().patch(ROW, dept, 3, "2080106")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("name"))
                .body("violations[0].value", equalTo(name));
        asFinanceViewer().when().get(TABLE, dept, 3).then().statusCode(200).header("ETag", etag);
    }

    @Test
    void tabsAndLineBreaksAreText() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);
        renameRowAndReadItBack(dept, "两行\n名称\t一");
    }

    @Test
    void aNameThatLooksLikeAFormulaIsExportedAsText() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);
        String formula = "=HYPERLINK(\"http://evil.example\",\"点击\")";

        // stored and served verbatim as data; in the CSV a spreadsheet shows it as text, never runs it
        renameRowAndReadItBack(dept, formula);
        String csv = asFinanceViewer().when().get(TABLE + "/export.csv", dept, 3).then().statusCode(200).extract().asString();
        assertThat(csv, containsString("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")\""));
        assertThat(csv, not(containsString(",\"=HYPERLINK")));
    }

    @Test
    void aNameBeyondItsLengthLimitIsRefusedWith400() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);

        asDeptEditor(dept).contentType(ContentType.JSON).header("If-Match", LedgerFixtures.tableETag(dept, 3))
                .body(Map.of("name", "项".repeat(301)))
                .when().patch(ROW, dept, 3, "2080106")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("name"));
    }

    @Test
    void theAuditTrailIsForAdministratorsOnly() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);

        asDeptEditor(dept).when().get(AUDIT, dept).then().statusCode(403);
        asFinanceViewer().when().get(AUDIT, dept).then().statusCode(403);
        asFinanceAdmin().when().get(AUDIT, dept).then().statusCode(200).body("deptCode", equalTo(dept));
        asFinanceAdmin().when().get(AUDIT + "?limit=0", dept).then().statusCode(400).body("violations[0].field", equalTo("limit"));
    }

    @Test
    void eachLogLineOfARequestCarriesItsRequestId() throws IOException {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);
        String requestId = "log-check-" + dept;

        asDeptEditor(dept).contentType(ContentType.JSON).header("If-Match", "\"99\"").header("X-Request-Id", requestId)
                .body("{\"amounts\": {\"total\": 1.00}}")
                .when().patch(ROW, dept, 3, "2080106")
                .then().statusCode(412);

        ObjectMapper json = new ObjectMapper();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("target", "test-log.json"))) {
                JsonNode entry = json.readTree(line);
                if (requestId.equals(entry.path("mdc").path("requestId").asText())) {
                    lines.add(entry);
                }
            }
            assertThat(lines, hasSize(1));
            assertThat(lines.get(0).path("message").asText(), startsWith("refused PATCH /budgets/" + dept));
            assertThat(lines.get(0).path("level").asText(), equalTo("INFO"));
        });
    }

    @Test
    void writesWithoutAValidTokenAreCountedNotAudited() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);
        double before = unauthenticatedRefusals();
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"amounts\": {\"total\": 1.00}}")
                    .when().patch(ROW, dept, 3, "2080106")
                    .then().statusCode(401).contentType("application/problem+json");
        }
        given().auth().oauth2("not-a-token").contentType(ContentType.JSON).body("{}")
                .when().patch(ROW, dept, 3, "2080106").then().statusCode(401);
        // an authenticated caller's refusal, sent last, is audited: once it is there, the others would be too
        asDeptEditor("999999").contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"amounts\": {\"total\": 1.00}}")
                .when().patch(ROW, dept, 3, "2080106").then().statusCode(403);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(trail(dept).getList("records.findAll { it.action == 'REFUSED' }"), hasSize(1)));
        assertThat(trail(dept).getList("records.findAll { it.action == 'REFUSED' && it.actor == 'anonymous' }"), empty());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(unauthenticatedRefusals() - before, equalTo(6.0)));
    }

    private static double unauthenticatedRefusals() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("budget_refused_unauthenticated_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static JsonPath trail(String dept) {
        return asFinanceAdmin().when().get(AUDIT + "?limit=1000", dept).then().statusCode(200).extract().jsonPath();
    }

    @SuppressWarnings("unchecked")
    private static Object path(Map<String, Object> record, String... keys) {
        Object value = record;
        for (String key : keys) {
            value = ((Map<String, Object>) value).get(key);
        }
        return value;
    }

    /** An editor renames row 2080106 of table 3; a viewer reads the name back exactly as sent. */
    private static void renameRowAndReadItBack(String dept, String name) {
        asDeptEditor(dept).contentType(ContentType.JSON).header("If-Match", LedgerFixtures.tableETag(dept, 3))
                .body(Map.of("name", name))
                .when().patch(ROW, dept, 3, "2080106")
                .then().statusCode(200);
        asFinanceViewer().when().get(TABLE, dept, 3).then().statusCode(200)
                .body("rows[7].name", equalTo(name));
    }

    /** Amounts as the audit trail's answer holds them, read as BigDecimal (Callers), never as floats. */
    private static List<BigDecimal> amounts(String... amounts) {
        return java.util.Arrays.stream(amounts).map(BigDecimal::new).toList();
    }
}
