package gov.budget.ledger.budget;

import gov.budget.ledger.LedgerFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static gov.budget.web.testing.JsonAmounts.amount;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class BudgetResourceTest {

    @Test
    void concurrentImportsOfNewBudgetsAllSucceed() throws Exception {
        List<String> depts = IntStream.range(0, 8).mapToObj(i -> LedgerFixtures.freshDeptCode()).toList();
        depts.forEach(LedgerFixtures::createDepartment);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> statuses = depts.stream().map(dept -> clients.submit(() ->
                    asFinanceAdmin().contentType(ContentType.JSON).body(LedgerFixtures.budgetJson(dept))
                            .put("/budgets/{dept}/2024", dept).statusCode())).toList();
            for (Future<Integer> status : statuses) {
                assertEquals(200, status.get(60, TimeUnit.SECONDS));
            }
        } finally {
            clients.shutdownNow();
        }
        depts.forEach(dept -> asFinanceAdmin().get("/budgets/{dept}/2024/summary", dept)
                .then().statusCode(200).body("rowCount", equalTo(225)));
    }

    private static final String BUDGET = "/budgets/{dept}/2024";

    @Test
    void aBudgetIsCreatedForAnExistingDepartmentAndListedByYearAndDepartment() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.createDepartment(dept);

        asFinanceAdmin().contentType(ContentType.JSON).body("{\"deptCode\": \"" + dept + "\", \"fiscalYear\": 2024}")
                .when().post("/budgets")
                .then().statusCode(201)
                .header("Location", endsWith("/budgets/" + dept + "/2024"))
                .body("templateId", equalTo("hebei-2024"))
                .body("deptName", equalTo("秦皇岛市海港区人力资源和社会保障局"))
                .body("version", equalTo(1));

        asFinanceAdmin().contentType(ContentType.JSON).body("{\"deptCode\": \"" + dept + "\", \"fiscalYear\": 2024}")
                .when().post("/budgets")
                .then().statusCode(409).contentType("application/problem+json");

        asFinanceAdmin().queryParam("dept", dept).when().get("/budgets")
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].fiscalYear", equalTo(2024));
        asFinanceAdmin().queryParam("year", 2024).when().get("/budgets")
                .then().statusCode(200).body("deptCode", hasItem(dept)).body("fiscalYear", everyItem(equalTo(2024)));
        asFinanceAdmin().queryParam("year", 2023).when().get("/budgets")
                .then().statusCode(200).body("deptCode", not(hasItem(dept)));
    }

    @Test
    void theWholeSeedBudgetIsImportedInOneCallAndReadBackWhole() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.createDepartment(dept);

        asFinanceAdmin().contentType(ContentType.JSON).body(LedgerFixtures.budgetJson(dept))
                .when().put(BUDGET, dept)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("changedLines", equalTo(225))
                .body("tables.size()", equalTo(9));

        asFinanceAdmin().when().get(BUDGET, dept)
                .then().statusCode(200)
                .body("region", equalTo("河北省"))
                .body("tables.tableNo", equalTo(java.util.List.of(1, 2, 3, 4, 5, 6, 7, 8, 9)))
                .body("tables[0].rows.size()", equalTo(42))
                .body("tables[0].rows[0].amounts.amount", amount("2491.84"))
                .body("tables[2].rows[0].amounts.project", amount("2132.39"))
                .body("tables[6].note", equalTo("注：无政府基金预算财政拨款预算，空表列示。"))
                .body("tables[6].rows.size()", equalTo(0))
                .body("tables[8].rows[0].amounts.total", amount("7.85"))
                .body("narrative[0].label", equalTo("机关运行经费"))
                .body("narrative[0].amount", amount("131.92"))
                .body("narrative[1].code", equalTo("running_cost.office"))
                .body("narrative[1].amount", amount("25.75"))
                .body("narrative.find { it.code == 'three_public_change' }.text", equalTo("与2023年相比持平"));

        asFinanceAdmin().when().get(BUDGET + "/summary", dept)
                .then().statusCode(200)
                .body("tablesInTemplate", equalTo(9))
                .body("tablesPresent", equalTo(9))
                .body("rowCount", equalTo(225))
                .body("narrativeFigures", equalTo(19))
                .body("lastChangeAt", notNullValue())
                .body("tables[6].present", equalTo(true))
                .body("tables[6].rowCount", equalTo(0))
                .body("tables[2].rowCount", equalTo(34));
    }

    @Test
    void anImportThatPrefersMinimalAnswersWithTheNewETagAloneAndStoresTheWholeBudget() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.createDepartment(dept);

        String etag = asFinanceAdmin().contentType(ContentType.JSON).header("Prefer", "return=minimal")
                .body(LedgerFixtures.budgetJson(dept))
                .when().put(BUDGET, dept)
                .then().statusCode(204).header("Preference-Applied", "return=minimal").body(emptyString())
                .extract().header("ETag");

        asFinanceAdmin().when().get(BUDGET, dept)
                .then().statusCode(200).header("ETag", etag)
                .body("tables.size()", equalTo(9))
                .body("tables[0].rows.size()", equalTo(42))
                .body("narrative.size()", equalTo(19));
        // a refusal is a problem whatever the caller preferred
        asFinanceAdmin().contentType(ContentType.JSON).header("Prefer", "return=minimal").header("If-Match", "\"999\"")
                .body(LedgerFixtures.budgetJson(dept))
                .when().put(BUDGET, dept)
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void reImportingNeedsTheBudgetsETagAndAnUnchangedImportChangesNothing() {
        String dept = LedgerFixtures.freshDeptCode();
        String etag = LedgerFixtures.importSample(dept);

        asFinanceAdmin().contentType(ContentType.JSON).body(LedgerFixtures.budgetJson(dept))
                .when().put(BUDGET, dept)
                .then().statusCode(428).contentType("application/problem+json");
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"999\"").body(LedgerFixtures.budgetJson(dept))
                .when().put(BUDGET, dept)
                .then().statusCode(412).header("ETag", etag);

        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", etag).body(LedgerFixtures.budgetJson(dept))
                .when().put(BUDGET, dept)
                .then().statusCode(200).header("ETag", etag).body("changedLines", equalTo(0));

        // 2080106's 合计 is printed in tables 2, 3 and 5: three rows change
        String changed = LedgerFixtures.budgetJson(dept).replace("\"total\": 580.21", "\"total\": 580.22");
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", etag).body(changed)
                .when().put(BUDGET, dept)
                .then().statusCode(200).header("ETag", not(etag)).body("changedLines", equalTo(3));
    }

    @Test
    void aReImportChangingSeveralTablesStoresEachTablesChangesTogether() {
        String dept = LedgerFixtures.freshDeptCode();
        String etag = LedgerFixtures.importSample(dept);
        String sample = LedgerFixtures.budgetJson(dept);
        // table 3 loses 2080106's 项目支出 cell (table 5 prints the same row after it), table 9 changes
        // a row and drops its last: the import writes both tables' lines in one batch
        String changed = sample
                .replaceFirst(Pattern.quote("{\"total\": 580.21, \"basic\": 528.21, \"project\": 52.00}"),
                        "{\"total\": 580.21, \"basic\": 528.21}")
                .replace("\"code\": \"vehicles\", \"name\": \"公务用车购置及运维费\", \"amounts\": {\"total\": 6.76, \"general_public\": 6.76}",
                        "\"code\": \"vehicles\", \"name\": \"公务用车购置及运维费\", \"amounts\": {\"total\": 6.77, \"general_public\": 6.77}")
                .replaceFirst(",\\s*\\{\"kind\": \"ITEM\", \"code\": \"reception\"[^\\n]*\\}", "");
        assertTrue(changed.contains("\"total\": 6.77, \"general_public\": 6.77") && !changed.contains("\"reception\""),
                "the fixture's text changed");

        String changedEtag = asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", etag).body(changed)
                .when().put(BUDGET, dept)
                .then().statusCode(200).body("changedLines", equalTo(3))
                .extract().header("ETag");

        asFinanceAdmin().when().get(BUDGET, dept)
                .then().statusCode(200)
                .body("tables[2].rows.find { it.code == '2080106' }.amounts.basic", amount("528.21"))
                .body("tables[2].rows.find { it.code == '2080106' }.amounts.project", nullValue())
                .body("tables[4].rows.find { it.code == '2080106' }.amounts.project", amount("52.00"))
                .body("tables[8].rows.find { it.code == 'vehicles' }.amounts.total", amount("6.77"))
                .body("tables[8].rows.code", not(hasItem("reception")));

        // and back: the blanked cell and the dropped row return
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", changedEtag).body(sample)
                .when().put(BUDGET, dept)
                .then().statusCode(200).body("changedLines", equalTo(3));
        asFinanceAdmin().when().get(BUDGET, dept)
                .then().statusCode(200)
                .body("tables[2].rows.find { it.code == '2080106' }.amounts.project", amount("52.00"))
                .body("tables[8].rows.find { it.code == 'vehicles' }.amounts.total", amount("6.76"))
                .body("tables[8].rows.code", hasItem("reception"));
    }

    @Test
    void aBudgetNeedsAnExistingDepartmentAndAKnownTemplate() {
        String dept = LedgerFixtures.freshDeptCode();
        asFinanceAdmin().contentType(ContentType.JSON).body("{\"deptCode\": \"" + dept + "\", \"fiscalYear\": 2024}")
                .when().post("/budgets")
                .then().statusCode(400).body("violations[0].field", equalTo("deptCode")).body("violations[0].value", equalTo(dept));

        LedgerFixtures.createDepartment(dept);
        asFinanceAdmin().contentType(ContentType.JSON).body("{\"deptCode\": \"" + dept + "\", \"fiscalYear\": 2024, \"templateId\": \"atlantis-2024\"}")
                .when().post("/budgets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("templateId")).body("violations[0].value", equalTo("atlantis-2024"));
        asFinanceAdmin().when().get(BUDGET, dept).then().statusCode(404).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "department not the URL's | \"deptCode\": \"{dept}\"         | \"deptCode\": \"X999\"        | deptCode            | X999",
            "year not the URL's       | \"fiscalYear\": 2024           | \"fiscalYear\": 2023          | fiscalYear          | 2023",
            "unknown template         | \"templateId\": \"hebei-2024\" | \"templateId\": \"mars-2024\" | templateId          | mars-2024",
            "table not in template    | {\"tableNo\": 9,               | {\"tableNo\": 12,             | tables[8].tableNo   | 12",
            "a table twice            | {\"tableNo\": 9,               | {\"tableNo\": 8,              | tables[8].tableNo   | 8",
            "three decimals in table 6 | \"total\": 1945.84            | \"total\": 1945.845           | tables[5].rows[0].amounts.total | 1945.845",
            "orphan 款 in table 6     | \"code\": \"301\"              | \"code\": \"309\"             | tables[5].rows[2].code | 30101",
            "narrative unit           | \"unit\": \"万元\"}              | \"unit\": \"亿元\"}             | narrative[0].unit   | 亿元",
            "narrative three decimals | \"amount\": 131.92             | \"amount\": 131.925           | narrative[0].amount | 131.925",
    })
    void aBadImportIsRefusedWholeNamingTheFieldAndStoresNothing(String caseName, String before, String after, String field, String value) {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.createDepartment(dept);
        String sample = LedgerFixtures.budgetJson(dept);
        String from = before.replace("{dept}", dept);
        if (!sample.contains(from)) {
            throw new IllegalArgumentException("the sample has no " + from);
        }
        String body = sample.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(after));

        asFinanceAdmin().contentType(ContentType.JSON).body(body)
                .when().put(BUDGET, dept)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field))
                .body("violations.value", hasItem(value));

        asFinanceAdmin().when().get(BUDGET, dept).then().statusCode(404);
    }

    @Test
    void aRefusedCellNamesThePrintedTableAndRowBesideTheRequestsField() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.createDepartment(dept);
        String body = LedgerFixtures.budgetJson(dept).replaceFirst(java.util.regex.Pattern.quote("\"total\": 1945.84"), "\"total\": 1945.845");
        asFinanceAdmin().contentType(ContentType.JSON).body(body)
                .when().put(BUDGET, dept)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("tables[5].rows[0].amounts.total"))
                .body("violations[0].message", equalTo("表6 第1行「合计」：an amount has at most 2 decimals"));
    }

    @Test
    void aQueryNumberThatIsNotANumberIsA400NamingTheParameter() {
        asFinanceAdmin().queryParam("year", "abc").when().get("/budgets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("year")).body("violations[0].value", equalTo("abc"));
        asFinanceAdmin().queryParam("limit", "abc").when().get("/snapshot/lines")
                .then().statusCode(400).body("violations[0].field", equalTo("limit"));
        // a path that names nothing is still 404
        asFinanceAdmin().when().get("/budgets/{dept}/twenty", "323").then().statusCode(404);
    }

    @Test
    void aBodyOverTheConfiguredLimitIsRefusedWith413() throws Exception {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.createDepartment(dept);
        // announce 11 MB and send only the start: the server answers before reading the rest
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /budgets/" + dept + "/2024 HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + 11 * 1024 * 1024 + "\r\n\r\n{\"deptCode\": \"" + dept + "\"").getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("HTTP/1.1 413 Request Entity Too Large", in.readLine());
            String contentType = null;
            for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                if (header.toLowerCase().startsWith("content-type:")) {
                    contentType = header.substring("content-type:".length()).strip();
                }
            }
            assertEquals("application/problem+json", contentType, "a 413 is a problem like every other refusal");
            char[] body = new char[200];
            int read = in.read(body);
            assertTrue(new String(body, 0, Math.max(read, 0)).contains("\"status\":413"));
        }
        asFinanceAdmin().when().get(BUDGET, dept).then().statusCode(404);
    }
}
