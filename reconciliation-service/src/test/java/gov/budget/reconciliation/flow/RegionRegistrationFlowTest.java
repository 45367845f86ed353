package gov.budget.reconciliation.flow;

import gov.budget.reconciliation.SampleBudget;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The Putuo disclosure, imported as printed, reconciles clean end to end; and a third region with no release: its template registered on the real ledger, its rule set here,
 * both through the API; a budget written under the template is then checked by the rule set, end to
 * end through the broker. A rule set that names a column the template does not have, or that covers
 * years another rule set of the template covers, is refused.
 */
@QuarkusTest
@WithTestResource(value = LedgerServiceResource.class, scope = TestResourceScope.GLOBAL)
class RegionRegistrationFlowTest {

    private static final String TEMPLATE = """
            {"id": "%s", "region": "%s", "version": "1", "fromYear": 2025, "toYear": null,
             "tables": [
               {"number": 1, "title": "收支总表", "unit": "元", "rowKinds": ["ITEM", "FUNCTIONAL"], "columns": [{"code": "amount", "label": "预算数"}]},
               {"number": 2, "title": "支出总表", "unit": "元", "rowKinds": ["FUNCTIONAL", "TOTAL"],
                "columns": [{"code": "total", "label": "合计"}, {"code": "basic", "label": "基本支出"}, {"code": "project", "label": "项目支出"}]}]}
            """;

    private static final String RULE_SET = """
            {"id": "%s", "version": "1", "profile": "third", "templates": ["%s"], "fromYear": 2025, "toYear": null,
             "rules": [
               {"id": "R05", "title": "支出表各行：合计 = 基本支出 + 项目支出", "severity": "ERROR", "scope": "ROW", "tolerance": "EXACT",
                "comparison": "actual == expected",
                "message": "表{table} {code} {name}：合计 {actual} 不等于 基本支出+项目支出 {expected}，差额 {difference}",
                "checks": [%s]}]}
            """;

    private static final String ROW_SUM = "{\"kind\": \"ROW_SUM\", \"tables\": [2], \"total\": \"total\", \"parts\": [\"basic\", \"project\"]}";

    @Test
    void thePutuoDisclosureImportedAsPrintedReconcilesClean() throws Exception {
        Path sample = Path.of("..", "deploy", "samples", "putuo-commerce-2025");
        String dept = "P" + Long.toString(System.nanoTime(), 36).toUpperCase();
        asFinanceAdmin().baseUri(LedgerServiceResource.baseUri()).contentType(ContentType.JSON)
                .body(Files.readString(sample.resolve("department.json")).replace("\"PTSW\"", "\"" + dept + "\""))
                .when().post("/departments").then().statusCode(201);
        asFinanceAdmin().baseUri(LedgerServiceResource.baseUri()).contentType(ContentType.JSON)
                .body(Files.readString(sample.resolve("budget.json")).replace("\"PTSW\"", "\"" + dept + "\""))
                .when().put("/budgets/{dept}/2025", dept).then().statusCode(200);

        // every relation of the Putuo rule set holds on the real document; its rounded 万元 figures leave INFO only
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> asFinanceAdmin().when().get("/reconciliations/{dept}/2025", dept)
                .then().statusCode(200)
                .body("ruleSet", equalTo("shanghai-putuo"))
                .body("relationsChecked.size()", equalTo(23))
                .body("status", equalTo("CONSISTENT"))
                .body("summary.ERROR", equalTo(0))
                .body("summary.WARNING", equalTo(0)));
    }

    @Test
    void aRegisteredTemplateAndRuleSetCheckTheBudgetsWrittenUnderThem() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String templateId = "third-" + suffix;
        asFinanceAdmin().baseUri(LedgerServiceResource.baseUri()).contentType(ContentType.JSON)
                .body(TEMPLATE.formatted(templateId, "第三区" + suffix))
                .when().post("/templates").then().statusCode(201);

        String unknownColumn = "{\"kind\": \"CELLS\", \"left\": [{\"table\": 2, \"row\": \"total\", \"column\": \"capital\"}], "
                + "\"right\": [{\"table\": 2, \"row\": \"total\", \"column\": \"total\"}]}";
        asFinanceAdmin().contentType(ContentType.JSON).body(RULE_SET.formatted("bad-" + suffix, templateId, unknownColumn))
                .when().post("/rule-sets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("rules[0].checks[0].left[0].column"))
                .body("violations.value", hasItem("capital"));

        String ruleSetId = "rules-" + suffix;
        asFinanceAdmin().contentType(ContentType.JSON).body(RULE_SET.formatted(ruleSetId, templateId, ROW_SUM))
                .when().post("/rule-sets")
                .then().statusCode(201).body("id", equalTo(ruleSetId)).body("rules[0].id", equalTo("R05"));
        asFinanceAdmin().contentType(ContentType.JSON).body(RULE_SET.formatted("again-" + suffix, templateId, ROW_SUM))
                .when().post("/rule-sets")
                .then().statusCode(409).body("detail", containsString(ruleSetId));
        asFinanceAdmin().queryParam("template", templateId).when().get("/rules")
                .then().statusCode(200).body("id", hasItem(ruleSetId));

        String dept = "R" + suffix.toUpperCase();
        asFinanceAdmin().baseUri(LedgerServiceResource.baseUri()).contentType(ContentType.JSON).body(SampleBudget.departmentJson(dept))
                .when().post("/departments").then().statusCode(201);
        asFinanceAdmin().baseUri(LedgerServiceResource.baseUri()).contentType(ContentType.JSON)
                .body("{\"deptCode\": \"" + dept + "\", \"fiscalYear\": 2025, \"templateId\": \"" + templateId + "\"}")
                .when().post("/budgets").then().statusCode(201);
        asFinanceAdmin().baseUri(LedgerServiceResource.baseUri()).contentType(ContentType.JSON).body("""
                {"rows": [
                  {"kind": "TOTAL", "name": "合计", "amounts": {"total": 151.00, "basic": 100.00, "project": 50.00}},
                  {"code": "201", "name": "一般公共服务支出", "amounts": {"total": 151.00, "basic": 100.00, "project": 50.00}}]}""")
                .when().put("/budgets/{dept}/2025/tables/2", dept).then().statusCode(200);

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> asFinanceAdmin().when().get("/reconciliations/{dept}/2025", dept)
                .then().statusCode(200)
                .body("ruleSet", equalTo(ruleSetId))
                .body("status", equalTo("ERRORS"))
                .body("findings.location", hasItem("2:201:total")));
    }
}
