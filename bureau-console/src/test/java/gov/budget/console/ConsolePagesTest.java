package gov.budget.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console's pages against the real ledger and reconciliation: the seed budget is loaded into a
 * fresh department and one cell of 表3 is changed by one cent, which R05 flags.
 */
@QuarkusTest
@WithTestResource(PackagedServices.class)
class ConsolePagesTest {

    private static String DEPT;

    @BeforeEach
    void loadTheSeedBudget() {
        DEPT = SeedDepartment.withTwoCellsChanged();
    }

    @Test
    void aPageWithoutASessionGoesToSignIn() {
        RestAssured.given().redirects().follow(false).get("/").then().statusCode(303).header("Location", containsString("/sign-in"));
        RestAssured.given().redirects().follow(false).get("/departments/" + DEPT + "/2024").then().statusCode(303);
    }

    @Test
    void signingInKeepsTheTokenInAnHttpOnlyStrictCookieAndSigningOutClearsIt() {
        Response form = RestAssured.get("/sign-in");
        form.then().statusCode(200).body(containsString("访问令牌"));
        String csrf = form.getCookie("csrf-token");
        Response signedIn = RestAssured.given().redirects().follow(false).cookie("csrf-token", csrf)
                .formParam("token", ConsoleTokens.financeViewer()).formParam("csrf-token", csrf)
                .post("/sign-in");
        signedIn.then().statusCode(303).header("Location", containsString("/"));
        String setCookie = signedIn.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("budget_session="))
                .findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=strict"), setCookie);

        Response out = RestAssured.given().redirects().follow(false).cookie("budget_session", ConsoleTokens.financeViewer())
                .cookie("csrf-token", csrf).formParam("csrf-token", csrf).post("/sign-in/out");
        out.then().statusCode(303).header("Location", containsString("/sign-in"));
        String cleared = out.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("budget_session=")).findFirst()
                .orElseThrow();
        assertTrue(cleared.contains("Max-Age=0"), cleared);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        RestAssured.given().redirects().follow(false).formParam("token", ConsoleTokens.financeViewer()).post("/sign-in")
                .then().statusCode(400);
    }

    @Test
    void aTokenTheServicesRefuseDoesNotSignIn() {
        Response form = RestAssured.get("/sign-in");
        String csrf = form.getCookie("csrf-token");
        RestAssured.given().redirects().follow(false).cookie("csrf-token", csrf)
                .formParam("token", "not.a.token").formParam("csrf-token", csrf).post("/sign-in")
                .then().statusCode(401).body(containsString("令牌无效"));
    }

    @Test
    void theOverviewFindsTheDepartmentByItsCodeWithItsErrors() {
        // the shared test database holds many department-years: the department is searched for
        String page = overview("/?year=2024&sort=dept&q=" + DEPT);
        assertTrue(page.contains("共 1 个部门年度"), page);
        int row = page.indexOf("data-dept=\"" + DEPT + "\"");
        assertTrue(row > 0, "the department is listed");
        String tr = page.substring(row, page.indexOf("</tr>", row));
        assertTrue(tr.contains("有错误"), tr);
        assertTrue(tr.contains("秦皇岛市海港区人力资源和社会保障局"), tr);
        // the filters keep the search in the sorting links and the pages
        assertTrue(page.contains("sort=errors&amp;q=" + DEPT), "sorting keeps the filter");
    }

    @Test
    void theOverviewFiltersByStatusRuleAndSeverity() {
        assertTrue(overview("/?year=2024&status=ERRORS&rule=R05&severity=ERROR&q=" + DEPT).contains("data-dept=\"" + DEPT + "\""));
        String consistent = overview("/?year=2024&status=CONSISTENT&q=" + DEPT);
        assertTrue(consistent.contains("没有符合筛选条件的部门预算"), consistent);
        assertTrue(consistent.contains("<option value=\"CONSISTENT\" selected>一致</option>"), "the chosen status stays chosen");
        // the officer reads the refusal of a wrong value
        String refused = overview("/?year=2024&severity=LOUD");
        assertTrue(refused.contains("role=\"alert\"") && refused.contains("severity"), refused);
    }

    @Test
    void theOverviewCarriesTheChartsCountsAndServesEcharts() throws Exception {
        String page = overview("/?year=2024");
        String opening = "<script type=\"application/json\" id=\"chart-data\">";
        int from = page.indexOf(opening) + opening.length();
        String json = page.substring(from, page.indexOf("</script>", from));
        JsonNode charts = new ObjectMapper().readTree(json);
        JsonNode r05 = null;
        for (JsonNode rule : charts.path("rules")) {
            if ("R05".equals(rule.path("rule").asText())) {
                r05 = rule;
            }
        }
        assertTrue(r05 != null && r05.path("open").asLong() >= 1 && r05.path("severity").asText().equals("ERROR"), json);
        assertEquals(30, charts.path("days").size(), json);
        assertTrue(charts.path("statuses").toString().contains("\"name\":\"有错误\""), json);
        assertTrue(page.contains("src=\"/webjars/echarts/dist/echarts.common.min.js\""), "the page loads ECharts from the console");
        RestAssured.get("/webjars/echarts/dist/echarts.common.min.js").then().statusCode(200).body(containsString("echarts"));
    }

    @Test
    void aFinanceAdminExplainsTheWarningAndItsHistoryShowsWhoAndWhy() {
        long warning = findingOf("R16");
        String path = "/departments/" + DEPT + "/2024/findings/" + warning;
        // a viewer reads the finding and its history, without the form
        String viewed = page(ConsoleTokens.financeViewer(), path);
        assertTrue(viewed.contains("R16") && viewed.contains("data-kind=\"OPENED\""), viewed);
        assertEquals(-1, viewed.indexOf("提交说明"), "a viewer cannot explain");

        String admin = ConsoleTokens.financeAdmin();
        Response form = RestAssured.given().cookie("budget_session", admin).get(path);
        form.then().statusCode(200).body(containsString("提交说明"));
        String csrf = form.getCookie("csrf-token");
        // an empty reason is refused by reconciliation, and the form says why
        RestAssured.given().redirects().follow(false).cookie("budget_session", admin).cookie("csrf-token", csrf)
                .formParam("reason", " ").formParam("csrf-token", csrf).post(path + "/explanation")
                .then().statusCode(400).body(containsString("reason"));
        // as a browser sends a form: UTF-8
        RestAssured.given().redirects().follow(false).cookie("budget_session", admin).cookie("csrf-token", csrf)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("reason", "职业年金并入养老保险缴费列支").formParam("csrf-token", csrf).post(path + "/explanation")
                .then().statusCode(303).header("Location", containsString(path));

        String explained = page(admin, path);
        assertTrue(explained.contains("职业年金并入养老保险缴费列支（test-admin，"), explained);
        assertTrue(explained.contains("data-kind=\"EXPLAINED\""), explained);
    }

    @Test
    void anErrorHasNoExplanationFormAndAViewerCannotPostOne() {
        long error = findingOf("R05");
        String path = "/departments/" + DEPT + "/2024/findings/" + error;
        assertEquals(-1, page(ConsoleTokens.financeAdmin(), path).indexOf("提交说明"), "an ERROR must be corrected, not explained");
        String viewer = ConsoleTokens.financeViewer();
        Response form = RestAssured.given().cookie("budget_session", viewer).get(path);
        String csrf = form.getCookie("csrf-token");
        RestAssured.given().redirects().follow(false).cookie("budget_session", viewer).cookie("csrf-token", csrf)
                .formParam("reason", "看起来没问题").formParam("csrf-token", csrf).post(path + "/explanation")
                .then().statusCode(403);
    }

    @Test
    void theRulesPageListsEachRuleSetsRulesWithTheBureausOpenFindings() {
        String page = page(ConsoleTokens.financeViewer(), "/rules?year=2024");
        assertTrue(page.contains("id=\"rule-set-hebei-2024\""), page);
        int row = page.indexOf("data-rule=\"R05\"", page.indexOf("id=\"rule-set-hebei-2024\""));
        String tr = page.substring(row, page.indexOf("</tr>", row));
        // the department's R05 is among the open findings, and the count links to the department-years that have them
        assertTrue(tr.matches("(?s).*<a href=\"/\\?year=2024&amp;rule=R05\">[1-9][0-9]*</a>.*"), tr);
        // an editor reads the rules, not the bureau's counts
        assertEquals(-1, page(ConsoleTokens.deptEditor(DEPT), "/rules?year=2024").indexOf("未解决问题"));
    }

    @Test
    void aFinanceAdminStartsAFullRunOfTheDepartmentAndTheRunsPageListsIt() {
        assertEquals(-1, page(ConsoleTokens.financeViewer(), "/runs").indexOf("开始全面核对"), "a viewer cannot start a run");
        String admin = ConsoleTokens.financeAdmin();
        Response form = RestAssured.given().cookie("budget_session", admin).get("/runs");
        form.then().statusCode(200).body(containsString("开始全面核对"));
        String csrf = form.getCookie("csrf-token");
        // a prefix reconciliation refuses is shown with its reason
        RestAssured.given().redirects().follow(false).cookie("budget_session", admin).cookie("csrf-token", csrf)
                .formParam("deptPrefix", "no good").formParam("csrf-token", csrf).post("/runs")
                .then().statusCode(400).body(containsString("deptPrefix"));
        RestAssured.given().redirects().follow(false).cookie("budget_session", admin).cookie("csrf-token", csrf)
                .formParam("deptPrefix", DEPT).formParam("csrf-token", csrf).post("/runs")
                .then().statusCode(303).header("Location", containsString("/runs"));
        String runs = page(admin, "/runs");
        int row = runs.indexOf("data-run=");
        String latest = runs.substring(row, runs.indexOf("</tr>", row));
        assertTrue(latest.contains("手动") && latest.contains(DEPT), latest);
        // a department editor does not see the bureau's runs
        RestAssured.given().cookie("budget_session", ConsoleTokens.deptEditor(DEPT)).get("/runs").then().statusCode(403);
    }

    @Test
    void theDepartmentsFindingsAreFilteredAndTheExportsFollowTheFilter() {
        String viewer = ConsoleTokens.financeViewer();
        String warnings = page(viewer, "/departments/" + DEPT + "/2024?severity=WARNING");
        String list = warnings.substring(warnings.indexOf("id=\"tab-findings\""));
        assertTrue(list.contains("<td>R16</td>") && list.contains("<td>R22</td>"), list);
        assertEquals(-1, list.indexOf("<td>R05</td>"), "only the warnings are listed");
        assertTrue(list.contains("findings/export.csv?status=ALL&amp;severity=WARNING"), "the export follows the filter");
        String r05 = page(viewer, "/departments/" + DEPT + "/2024?rule=R05&status=ALL");
        String r05List = r05.substring(r05.indexOf("id=\"tab-findings\""));
        assertTrue(r05List.contains("<td>R05</td>") && !r05List.contains("<td>R16</td>"), r05List);
        String refused = page(viewer, "/departments/" + DEPT + "/2024?severity=LOUD");
        assertTrue(refused.substring(refused.indexOf("id=\"tab-findings\"")).contains("role=\"alert\""), "a wrong value is refused by name");
    }

    @Test
    void theDepartmentsExportsAreDownloadedWithTheSignedInUsersToken() {
        String viewer = ConsoleTokens.financeViewer();
        String page = page(viewer, "/departments/" + DEPT + "/2024");
        assertTrue(page.contains("/departments/" + DEPT + "/2024/tables/3/export.csv"), "each table links its CSV");
        String csv = RestAssured.given().cookie("budget_session", viewer).get("/departments/" + DEPT + "/2024/tables/3/export.csv")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.contains("580.22"), csv);
        byte[] workbook = RestAssured.given().cookie("budget_session", viewer).get("/departments/" + DEPT + "/2024/export.xlsx")
                .then().statusCode(200).header("Content-Disposition", containsString(".xlsx")).extract().asByteArray();
        assertEquals('P', (char) workbook[0], "an XLSX is a zip");
        String findings = RestAssured.given().cookie("budget_session", viewer)
                .get("/departments/" + DEPT + "/2024/findings/export.csv?status=ALL").then().statusCode(200).extract().asString();
        assertTrue(findings.contains("R05") && findings.contains("R16"), findings);
        // the services' refusal is passed on
        RestAssured.given().cookie("budget_session", ConsoleTokens.deptEditor("OTHER1")).get("/departments/" + DEPT + "/2024/export.xlsx")
                .then().statusCode(403);
    }

    @Test
    void anAdministratorUploadsAPublishedPdfSeesItReadAndCommitsIt() throws Exception {
        String admin = ConsoleTokens.financeAdmin();
        String dept = "I" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        RestAssured.given().auth().oauth2(admin).contentType("application/json")
                .body("{\"code\": \"" + dept + "\", \"name\": \"上海市普陀区商务委员会\", \"subUnits\": []}")
                .post(PackagedServices.ledger() + "/departments").then().statusCode(201);
        Response form = RestAssured.given().cookie("budget_session", admin).get("/imports");
        form.then().statusCode(200).body(containsString("上传并读取"));
        String csrf = form.getCookie("csrf-token");
        java.io.File pdf = java.nio.file.Path.of("..", "deploy", "samples", "putuo-pdf", "putuo-commerce-2025-budget.pdf").toFile();
        String location = RestAssured.given().redirects().follow(false).cookie("budget_session", admin).cookie("csrf-token", csrf)
                .multiPart("file", pdf, "application/pdf").multiPart("deptCode", dept).multiPart("csrf-token", csrf)
                .post("/imports").then().statusCode(303).extract().header("Location");
        String importPage = location.replaceFirst("^https?://[^/]+", "");
        // read in the background: the page shows where it stands, and then what was read
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> {
            String page = page(admin, importPage);
            return page.contains("data-status=\"READY\"") || page.contains("data-status=\"NEEDS_REVIEW\"");
        });
        String read = page(admin, importPage);
        assertTrue(read.contains("共 26 页") && read.contains("找到 9 张表"), read);
        RestAssured.given().redirects().follow(false).cookie("budget_session", admin).cookie("csrf-token", csrf)
                .formParam("acceptProblems", "on").formParam("csrf-token", csrf).post(importPage + "/commit")
                .then().statusCode(303);
        String committed = page(admin, importPage);
        assertTrue(committed.contains("data-status=\"COMMITTED\"") && committed.contains("/departments/" + dept + "/2025"), committed);
        // the committed budget's 表9 is printed with its nested header: 公务用车购置及运行费 over 小计, 购置费 and 运行费
        String department = page(admin, "/departments/" + dept + "/2025");
        String table9 = department.substring(department.indexOf("id=\"table-9\""), department.indexOf("id=\"tab-sheets\""));
        assertTrue(table9.contains("<th colspan=\"3\" rowspan=\"1\">公务用车购置及运行费</th>"), table9);
        assertTrue(table9.contains("<th>小计</th><th>购置费</th><th>运行费</th>"), table9);
        // the upload page lists it among the latest imports, as committed
        String listed = page(admin, "/imports");
        String id = importPage.substring(importPage.lastIndexOf('/') + 1);
        int row = listed.indexOf("data-import=\"" + id + "\"");
        assertTrue(row > 0 && listed.substring(row, listed.indexOf("</tr>", row)).contains("已写入预算"), listed);
        // a viewer reads it, without the commit form
        assertEquals(-1, page(ConsoleTokens.financeViewer(), importPage).indexOf("写入部门预算"));
    }

    @Test
    void aFileTheImportServiceRefusesIsShownWithItsReason() {
        String admin = ConsoleTokens.financeAdmin();
        Response form = RestAssured.given().cookie("budget_session", admin).get("/imports");
        String csrf = form.getCookie("csrf-token");
        RestAssured.given().redirects().follow(false).cookie("budget_session", admin).cookie("csrf-token", csrf)
                .multiPart("file", "notes.pdf", "not a PDF at all".getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/pdf")
                .multiPart("deptCode", DEPT).multiPart("csrf-token", csrf)
                .post("/imports").then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400))
                .body(containsString("role=\"alert\""));
    }

    /** The id of the department's open finding of this rule, from reconciliation. */
    private static long findingOf(String rule) {
        return RestAssured.given().auth().oauth2(ConsoleTokens.financeAdmin())
                .get(PackagedServices.reconciliation() + "/reconciliations/" + DEPT + "/2024").then().statusCode(200)
                .extract().jsonPath().getLong("findings.find { it.ruleId == '" + rule + "' }.id");
    }

    private static String page(String token, String path) {
        return RestAssured.given().cookie("budget_session", token).get(path).then().statusCode(200).extract().asString();
    }

    private static String overview(String path) {
        return RestAssured.given().cookie("budget_session", ConsoleTokens.financeViewer()).get(path)
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
    }

    @Test
    void theDepartmentPageHighlightsTheCellOfTheFinding() {
        String page = RestAssured.given().cookie("budget_session", ConsoleTokens.financeViewer()).get("/departments/" + DEPT + "/2024")
                .then().statusCode(200).body(containsString("表3")).extract().asString();
        // the changed cell, in 表3, is highlighted with the relations it breaks
        String table3 = page.substring(page.indexOf("id=\"table-3\""), page.indexOf("id=\"table-4\""));
        int cell = table3.indexOf(">580.22</a>");
        assertTrue(cell > 0, "the changed cell is highlighted: " + table3);
        String td = table3.substring(table3.lastIndexOf("<td", cell), cell);
        assertTrue(td.contains("class=\"num finding severity-error\""), td);
        assertTrue(td.matches("(?s).*title=\"R\\d\\d ERROR：应为 [0-9.]+，实为 580.22，差额 [-0-9.]+\".*"), td);
        assertTrue(page.contains("id=\"finding-"), "the findings list the highlighted cell links to");
    }

    @Test
    void theDepartmentPageShowsItsProjectSheetsProcurementAndHoldingsWithTheirFindings() {
        String page = page(ConsoleTokens.financeViewer(), "/departments/" + DEPT + "/2024");
        String sheets = page.substring(page.indexOf("id=\"tab-sheets\""), page.indexOf("id=\"tab-procurement\""));
        assertTrue(sheets.contains("保障农民工工资支付工作专项经费"), sheets);
        // the cost indicator that R22 questions is highlighted, with what the finding says
        assertTrue(sheets.matches("(?s).*<td class=\"finding severity-warning\" tabindex=\"0\" title=\"R22 WARNING：[^\"]*\".*"), sheets);
        String procurement = page.substring(page.indexOf("id=\"tab-procurement\""), page.indexOf("id=\"tab-assets\""));
        assertTrue(procurement.contains("复印纸") && procurement.contains("合计"), procurement);
        String assets = page.substring(page.indexOf("id=\"tab-assets\""), page.indexOf("id=\"tab-findings\""));
        assertTrue(assets.contains("截至 2023-12-31") && assets.contains("58.92"), assets);
    }

    @Test
    void aDepartmentsEditorSeesItsOwnDepartmentInTheOverviewWithoutTheBureausCharts() {
        String page = page(ConsoleTokens.deptEditor(DEPT), "/?year=2024");
        assertTrue(page.contains("共 1 个部门年度"), page);
        int row = page.indexOf("data-dept=\"" + DEPT + "\"");
        assertTrue(row > 0 && page.substring(row, page.indexOf("</tr>", row)).contains("有错误"), page);
        assertEquals(-1, page.indexOf("id=\"chart-data\""), "the charts are the bureau's");
    }

    @Test
    void anotherDepartmentsEditorSeesNeitherTheDepartmentNorItsData() {
        String token = ConsoleTokens.deptEditor("OTHER1");
        RestAssured.given().cookie("budget_session", token).get("/?year=2024")
                .then().statusCode(200).body(not(containsString(DEPT)));
        String refused = RestAssured.given().cookie("budget_session", token).get("/departments/" + DEPT + "/2024")
                .then().statusCode(403).extract().asString();
        assertTrue(refused.contains("没有查看该部门的权限"), refused);
        assertEquals(-1, refused.indexOf("580.22"));
    }
}
