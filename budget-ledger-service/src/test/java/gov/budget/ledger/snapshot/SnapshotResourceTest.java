package gov.budget.ledger.snapshot;

import gov.budget.ledger.LedgerFixtures;
import gov.budget.web.testing.SnapshotDigests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SnapshotResourceTest {

    @Test
    void aBudgetsLinesArePagedOnceEachEvenWhenItChangesBetweenPages() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);

        JsonPath first = page(dept, null);
        List<Map<String, Object>> lines = new ArrayList<>(first.getList("lines"));
        String cursor = first.getString("nextCursor");
        assertEquals(50, lines.size());

        // meanwhile a row is added, one is changed and one is removed in table 3
        String changed = LedgerFixtures.table3WithCell("\"total\": 591.17", "\"total\": 591.18")
                .replace(",\n    {\"code\": \"2230105\", \"name\": \"国有企业退休人员社会化管理补助支出\", \"amounts\": {\"total\": 1516.00, \"project\": 1516.00}}",
                        ",\n    {\"code\": \"2230199\", \"name\": \"其他\", \"amounts\": {\"total\": 1516.00, \"project\": 1516.00}}");
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(changed)
                .put("/budgets/{dept}/2024/tables/3", dept).then().statusCode(200).body("changedLines", equalTo(3));

        while (cursor != null) {
            JsonPath next = page(dept, cursor);
            lines.addAll(next.getList("lines"));
            cursor = next.getString("nextCursor");
        }
        // every line that existed when the snapshot began, once; the row added later comes as an event instead
        assertEquals(225, lines.size());
        assertEquals(225, new HashSet<>(lines.stream().map(l -> l.get("tableNo") + ":" + l.get("code")).toList()).size());
        Map<String, Object> removed = line(lines, 3, "2230105");
        assertEquals(true, removed.get("deleted"));
        assertEquals(2, removed.get("version"));
        Map<String, Object> updated = line(lines, 3, "2080109");
        assertEquals(2, updated.get("version"));
        assertEquals(new BigDecimal("591.18"), ((Map<?, ?>) updated.get("amounts")).get("total"));
        assertTrue(lines.stream().noneMatch(l -> "2230199".equals(l.get("code"))));
        assertEquals("万元", line(lines, 6, "total").get("unit"));
    }

    @Test
    void theSnapshotOfAllBudgetsIncludesThisOneAndABadCursorIsRefused() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);

        asFinanceAdmin().queryParam("cursor", "not-a-cursor").when().get("/snapshot/lines")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("cursor")).body("violations[0].value", equalTo("not-a-cursor"));
        asFinanceAdmin().queryParam("limit", 0).when().get("/snapshot/lines")
                .then().statusCode(400).body("violations[0].field", equalTo("limit"));
        asFinanceAdmin().queryParam("deptCode", dept).when().get("/snapshot/lines")
                .then().statusCode(400).body("violations[0].field", equalTo("fiscalYear"));

        int seen = 0;
        String cursor = null;
        do {
            var request = asFinanceAdmin().queryParam("limit", 5000);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/snapshot/lines").then().statusCode(200).extract().jsonPath();
            seen += page.getList("lines.findAll { it.deptCode == '" + dept + "' }").size();
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(225, seen);
    }

    @Test
    void changedSinceListsTheBudgetsThatChangedAtOrAfterTheTime() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);

        asFinanceAdmin().queryParam("changedSince", before.toString()).when().get("/snapshot/budgets")
                .then().statusCode(200).body("deptCode", hasItem(dept));
        asFinanceAdmin().queryParam("changedSince", Instant.now().plusSeconds(60).toString()).when().get("/snapshot/budgets")
                .then().statusCode(200).body("deptCode", not(hasItem(dept)));
        asFinanceAdmin().queryParam("changedSince", "yesterday").when().get("/snapshot/budgets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("changedSince")).body("violations[0].value", equalTo("yesterday"));
    }

    @Test
    void aBudgetsHeaderCarriesItsTablesNotesAndNarrative() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);

        asFinanceAdmin().when().get("/snapshot/budgets/{dept}/2024", dept)
                .then().statusCode(200)
                .body("templateId", equalTo("hebei-2024"))
                .body("deptName", equalTo("秦皇岛市海港区人力资源和社会保障局"))
                .body("tables.size()", equalTo(9))
                .body("tables.find { it.tableNo == 3 }.rowCount", equalTo(34))
                .body("tables.find { it.tableNo == 7 }.rowCount", equalTo(0))
                .body("tables.find { it.tableNo == 7 }.note", equalTo("注：无政府基金预算财政拨款预算，空表列示。"))
                .body("tables.find { it.tableNo == 7 }.version", equalTo(1))
                .body("narrative.size()", equalTo(19))
                .body("narrative[0].code", equalTo("running_cost"));
        asFinanceAdmin().when().get("/snapshot/budgets/{dept}/2023", dept)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aBudgetsDigestsCountItsLiveLinesAndTablesAndMoveWithEveryChange() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.importSample(dept);
        JsonPath imported = SnapshotDigests.of(dept);
        assertEquals(225, imported.getInt("find { it.part == 'LedgerLine' }.records"));
        assertEquals(9, imported.getInt("find { it.part == 'LedgerTable' }.records"));
        assertEquals(1, imported.getInt("find { it.part == 'budget-header' }.records"));
        assertEquals(2024, imported.getInt("find { it.part == 'LedgerLine' }.fiscalYear"));

        // one cell changed and one row removed: one line fewer, and another checksum
        String changed = LedgerFixtures.table3WithCell("\"total\": 591.17", "\"total\": 591.18")
                .replace(",\n    {\"code\": \"2230105\", \"name\": \"国有企业退休人员社会化管理补助支出\", \"amounts\": {\"total\": 1516.00, \"project\": 1516.00}}", "");
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(changed)
                .put("/budgets/{dept}/2024/tables/3", dept).then().statusCode(200);
        JsonPath after = SnapshotDigests.of(dept);
        assertEquals(224, after.getInt("find { it.part == 'LedgerLine' }.records"));
        assertNotEquals(imported.getLong("find { it.part == 'LedgerLine' }.checksum"), after.getLong("find { it.part == 'LedgerLine' }.checksum"));
        assertEquals(imported.getLong("find { it.part == 'budget-header' }.checksum"), after.getLong("find { it.part == 'budget-header' }.checksum"));
    }

    @Test
    void aDigestRequestNamesOneToTwoHundredWellFormedDepartments() {
        SnapshotDigests.request("[]").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("deptCodes"));
        SnapshotDigests.request("[\"323\", \"32-3\"]").then().statusCode(400)
                .body("violations[0].field", equalTo("deptCodes[1]")).body("violations[0].value", equalTo("32-3"));
        String tooMany = java.util.stream.IntStream.range(0, 201).mapToObj(i -> "\"D" + i + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
        SnapshotDigests.request(tooMany).then().statusCode(400).body("violations[0].value", equalTo("201 codes"));
        SnapshotDigests.request("[\"NOSUCHDEPT\"]").then().statusCode(200).body("size()", equalTo(0));
    }

    private static JsonPath page(String dept, String cursor) {
        var request = asFinanceAdmin().queryParam("deptCode", dept).queryParam("fiscalYear", 2024).queryParam("limit", 50);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.when().get("/snapshot/lines").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> line(List<Map<String, Object>> lines, int tableNo, String code) {
        return lines.stream()
                .filter(l -> ((Integer) l.get("tableNo")) == tableNo && code.equals(l.get("code")))
                .findFirst().orElseThrow();
    }
}
