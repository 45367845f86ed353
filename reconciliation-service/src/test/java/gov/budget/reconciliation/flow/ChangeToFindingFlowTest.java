package gov.budget.reconciliation.flow;

import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.contracts.event.EventCodec;
import gov.budget.reconciliation.SampleBudget;
import gov.budget.web.testing.JsonAmounts;
import gov.budget.web.testing.LocalBroker;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static gov.budget.web.testing.Callers.asDeptEditor;
import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static gov.budget.web.testing.JsonAmounts.amount;
import static gov.budget.web.testing.JsonAmounts.assertAmount;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One ledger change, end to end: a REST call to the real ledger service, its outbox, the real
 * broker, this service's consumer, and the finding read back from this service's API.
 */
@QuarkusTest
@WithTestResource(value = LedgerServiceResource.class, scope = TestResourceScope.GLOBAL)
class ChangeToFindingFlowTest {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "budget.topics.reconciliation")
    String findingsTopic;

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    /** The sample's import: the budget's creation, 225 rows, nine tables and the narrative. */
    private static final int IMPORT_EVENTS = 1 + 225 + 9 + 1;
    /** A change to one cell of table 3: the row and the table. */
    private static final int CHANGE_EVENTS = 2;

    @Test
    void aOneCentChangeRaisesTheRelationsItBreaksAndChangingItBackResolvesThem() throws Exception {
        String dept = freshDept();
        importSample(dept);
        awaitEventsApplied(dept, IMPORT_EVENTS);
        asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept)
                .then().statusCode(200)
                .body("status", equalTo("CONSISTENT"))
                .body("ruleSet", equalTo("hebei-2024"))
                .body("findings.size()", equalTo(0))
                .body("relationsChecked.size()", equalTo(29));

        putTable3(dept, seed().replace("\"total\": 580.21", "\"total\": 580.22"));
        awaitEventsApplied(dept, IMPORT_EVENTS + CHANGE_EVENTS);
        JsonPath broken = findings(dept);
        assertEquals("ERRORS", broken.getString("status"));
        assertEquals(3, broken.getInt("summary.ERROR"));
        Map<String, Object> r05 = broken.getMap("findings.find { it.ruleId == 'R05' }");
        assertEquals("OPEN", r05.get("status"));
        assertEquals("3:2080106:total", r05.get("location"));
        assertEquals("580.21", broken.getString("findings.find { it.ruleId == 'R05' }.expected"));
        assertEquals("580.22", broken.getString("findings.find { it.ruleId == 'R05' }.actual"));
        assertEquals("0.01", broken.getString("findings.find { it.ruleId == 'R05' }.difference"));
        assertEquals("3:20801:total", broken.getString("findings.find { it.ruleId == 'R06' }.location"));
        assertEquals("2:2080106:total", broken.getString("findings.find { it.ruleId == 'R11' }.location"));
        // table 5 now below table 3 on that code: information, not an error
        assertEquals("INFO", broken.getString("findings.find { it.ruleId == 'R14' }.severity"));

        asFinanceAdmin().queryParam("severity", "ERROR").when().get("/reconciliations/{dept}/2024/findings", dept)
                .then().statusCode(200).body("total", equalTo(3)).body("items.ruleId", hasItems("R05", "R06", "R11"));
        asFinanceAdmin().queryParam("rule", "R05").queryParam("table", 3).when().get("/reconciliations/{dept}/2024/findings", dept)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].location", equalTo("3:2080106:total"));
        asFinanceAdmin().queryParam("severity", "FATAL").when().get("/reconciliations/{dept}/2024/findings", dept)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("severity")).body("violations[0].value", equalTo("FATAL"));
        String csv = asFinanceAdmin().queryParam("severity", "ERROR").when().get("/reconciliations/{dept}/2024/findings/export.csv", dept)
                .then().statusCode(200).contentType("text/csv").extract().asString();
        List<String> csvLines = csv.replace("\uFEFF", "").lines().toList();
        assertEquals(1 + 3, csvLines.size(), csv);
        assertTrue(csvLines.get(0).startsWith("id,ruleId,severity,status,location,table,rowCode,column,expected,actual,difference"));
        assertTrue(csvLines.stream().anyMatch(l -> l.contains(",R05,ERROR,OPEN,3:2080106:total,3,2080106,total,580.21,580.22,0.01,")), csv);
        byte[] xlsx = asFinanceAdmin().queryParam("status", "OPEN").when().get("/reconciliations/{dept}/2024/findings/export.xlsx", dept)
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("ruleId", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(broken.getList("findings").size(), sheet.getLastRowNum());
        }

        String metrics = asFinanceAdmin().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("budget_events_consumed_total{outcome=\"APPLIED\",topic=\"test.budget.ledger.v1\"}"), "events consumed");
        assertTrue(metrics.contains("budget_changes_read_total{topic=\"test.budget.ledger.v1\"}"), "changes read");
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("budget_change_to_finding_seconds_count") && !l.endsWith(" 0.0")), "latency recorded");
        // the gauge's reading of the database may be up to 5 s old
        await("open errors on the gauge").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(() -> asFinanceAdmin().when().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                        .anyMatch(l -> l.startsWith("budget_findings_open{severity=\"ERROR\"}") && !l.endsWith(" 0.0")));

        Map<String, Object> inOverview = overviewEntryOf(dept);
        assertEquals("ERRORS", inOverview.get("status"), inOverview.toString());
        assertEquals(3, ((Map<?, ?>) inOverview.get("openFindings")).get("ERROR"), inOverview.toString());
        assertEquals("秦皇岛市海港区人力资源和社会保障局", inOverview.get("deptName"), inOverview.toString());
        theBureauViewFiltersTheBrokenBudget(dept);
        theSummaryCountsItsFindings();

        putTable3(dept, seed());
        awaitEventsApplied(dept, IMPORT_EVENTS + 2 * CHANGE_EVENTS);
        asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept)
                .then().statusCode(200)
                .body("status", equalTo("CONSISTENT"))
                .body("findings.size()", equalTo(0));
        // the resolved findings are kept, with when they were resolved
        asFinanceAdmin().queryParam("status", "ALL").queryParam("rule", "R05").when().get("/reconciliations/{dept}/2024/findings", dept)
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].status", equalTo("RESOLVED"))
                .body("items[0].resolvedAt", notNullValue());
        asFinanceAdmin().queryParam("status", "ALL").queryParam("size", 500).when().get("/reconciliations/{dept}/2024/findings", dept)
                .then().statusCode(200).body("items.status", everyItem(equalTo("RESOLVED")));
    }

    @Test
    void aWarningCanBeExplainedAnErrorCannotAndTheExplanationLapsesWhenTheNumbersChange() {
        String dept = freshDept();
        importSample(dept);
        awaitEventsApplied(dept, IMPORT_EVENTS);
        // 30108 机关事业单位基本养老保险缴费 no longer matches 2080505 in 基本支出: R16, a WARNING
        patchTable6Row30108(dept, "139.12");
        awaitEventsApplied(dept, IMPORT_EVENTS + CHANGE_EVENTS);
        JsonPath findings = findings(dept);
        int warning = findings.getInt("findings.find { it.ruleId == 'R16' }.id");
        assertEquals("WARNING", findings.getString("findings.find { it.ruleId == 'R16' }.severity"));
        int error = findings.getInt("findings.find { it.ruleId == 'R06' }.id");

        asFinanceAdmin().contentType(ContentType.JSON).body("{\"reason\": \"职业年金并入养老保险缴费列支\"}")
                .when().post("/reconciliations/{dept}/2024/findings/{id}/explanation", dept, error)
                .then().statusCode(409).contentType("application/problem+json");
        asFinanceAdmin().contentType(ContentType.JSON).body("{\"reason\": \"  \"}")
                .when().post("/reconciliations/{dept}/2024/findings/{id}/explanation", dept, warning)
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));
        // the author is the signed-in caller, never a name the request makes up
        asFinanceAdmin().contentType(ContentType.JSON).body("{\"author\": \"张会计\", \"reason\": \"职业年金并入养老保险缴费列支\"}")
                .when().post("/reconciliations/{dept}/2024/findings/{id}/explanation", dept, warning)
                .then().statusCode(400).body("violations[0].field", equalTo("author")).body("violations[0].value", equalTo("张会计"));
        asFinanceAdmin().contentType(ContentType.JSON).body("{\"reason\": \"职业年金并入养老保险缴费列支\"}")
                .when().post("/reconciliations/{dept}/2024/findings/{id}/explanation", dept, warning)
                .then().statusCode(200)
                .body("explanation.author", equalTo("test-admin"))
                .body("explanation.explainedAt", notNullValue());
        // and it is audited like any change
        asFinanceAdmin().when().get("/audit/{dept}/2024", dept).then().statusCode(200)
                .body("records.find { it.entityType == 'FindingExplanation' }.actor", equalTo("test-admin"))
                .body("records.find { it.entityType == 'FindingExplanation' }.after.reason", equalTo("职业年金并入养老保险缴费列支"));
        asFinanceAdmin().queryParam("rule", "R16").when().get("/reconciliations/{dept}/2024/findings", dept)
                .then().body("items[0].explanation.reason", equalTo("职业年金并入养老保险缴费列支"));

        patchTable6Row30108(dept, "139.13");
        awaitEventsApplied(dept, IMPORT_EVENTS + 2 * CHANGE_EVENTS);
        asFinanceAdmin().queryParam("rule", "R16").when().get("/reconciliations/{dept}/2024/findings", dept)
                .then().body("items[0].actual", amount("139.11"))
                .body("items[0].expected", amount("139.13"))
                .body("items[0].explanation", nullValue());

        // its history: opened, explained, then changed by the new numbers, which lapsed the explanation. The import and
        // each PATCH are one transaction each, and no evaluation sees one of them half applied
        JsonPath history = JsonAmounts.of(asFinanceAdmin().when().get("/reconciliations/{dept}/2024/findings/{id}", dept, warning)
                .then().statusCode(200).body("finding.ruleId", equalTo("R16")).extract());
        assertEquals(List.of("OPENED", "EXPLAINED", "CHANGED", "LAPSED"), history.getList("history.kind"));
        assertAmount("139.11", history, "history[0].actual");
        assertAmount("139.12", history, "history[0].expected");
        assertEquals("test-admin", history.getString("history[1].author"));
        assertEquals("职业年金并入养老保险缴费列支", history.getString("history[1].reason"));
        assertAmount("139.13", history, "history[2].expected");
        asFinanceAdmin().when().get("/reconciliations/{dept}/2024/findings/{id}", "NOT" + dept, warning)
                .then().statusCode(404).contentType("application/problem+json");
    }

    /** Changes 30108 in table 6, keeping its row consistent (合计 = 人员经费), as an editor would. */
    private static void patchTable6Row30108(String dept, String amount) {
        String etag = asFinanceAdmin().baseUri(LedgerServiceResource.baseUri()).when().get("/budgets/{dept}/2024/tables/6", dept)
                .then().statusCode(200).extract().header("ETag");
        asFinanceAdmin().baseUri(LedgerServiceResource.baseUri()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"amounts\": {\"total\": " + amount + ", \"personnel\": " + amount + "}}")
                .when().patch("/budgets/{dept}/2024/tables/6/rows/30108", dept)
                .then().statusCode(200);
    }

    @Test
    void everyChangeOfAFindingIsPublishedForDashboards() throws Exception {
        String dept = freshDept();
        importSample(dept);
        awaitEventsApplied(dept, IMPORT_EVENTS);
        try (KafkaConsumer<String, String> consumer = consumerAtEndOf(findingsTopic)) {
            putTable3(dept, seed().replace("\"total\": 580.21", "\"total\": 580.22"));
            JsonNode opened = awaitFinding(consumer, dept, "R05", "OPENED");
            assertEquals(dept + ":2024", opened.get("deptCode").asText() + ":" + opened.get("fiscalYear").asInt());
            assertEquals("reconciliation-service", opened.get("source").asText());
            assertEquals("3:2080106:total", opened.at("/payload/location").asText());
            assertEquals("ERROR", opened.at("/payload/severity").asText());
            assertEquals("580.21", opened.at("/payload/expected").decimalValue().stripTrailingZeros().toPlainString());

            putTable3(dept, seed());
            JsonNode resolved = awaitFinding(consumer, dept, "R05", "RESOLVED");
            assertEquals("RESOLVED", resolved.at("/payload/status").asText());
            assertTrue(resolved.get("version").asLong() > opened.get("version").asLong());
        }
    }

    private KafkaConsumer<String, String> consumerAtEndOf(String topic) {
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    /** The first FindingChanged of this budget, rule and change kind to arrive, keyed by the budget. */
    private static JsonNode awaitFinding(KafkaConsumer<String, String> consumer, String dept, String rule, String change) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(PATIENCE).until(() -> {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                JsonNode event = EventCodec.mapper().readTree(record.value());
                if ((dept + ":2024").equals(record.key()) && rule.equals(event.at("/payload/ruleId").asText())
                        && change.equals(event.at("/payload/change").asText())) {
                    found[0] = event;
                }
            }
            return found[0] != null;
        });
        return found[0];
    }

    @Test
    void writesWhileTheBrokerIsDownWaitInTheOutboxAndEachIsAppliedOnceAfterItReturns() throws Exception {
        String dept = freshDept();
        importSample(dept);
        awaitEventsApplied(dept, IMPORT_EVENTS);
        await().atMost(PATIENCE).until(() -> pendingInOutbox() == 0);

        List<String> totals = List.of("580.22", "580.23", "580.24", "580.25", "580.21");
        LocalBroker.stop();
        try {
            for (String total : totals) {
                putTable3(dept, seed().replace("\"total\": 580.21", "\"total\": " + total));
            }
            assertEquals(CHANGE_EVENTS * totals.size(), pendingInOutbox(), "every write is kept in the outbox while Kafka is down");
        } finally {
            LocalBroker.start();
        }

        await().atMost(PATIENCE).until(() -> pendingInOutbox() == 0);
        awaitEventsApplied(dept, IMPORT_EVENTS + CHANGE_EVENTS * totals.size());
        asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept)
                .then().statusCode(200)
                // the last write restored the published 580.21, so nothing is wrong and nothing was lost
                .body("status", equalTo("CONSISTENT"))
                .body("eventsApplied", equalTo(IMPORT_EVENTS + CHANGE_EVENTS * totals.size()));
    }

    private static void importSample(String dept) {
        asFinanceAdmin().baseUri(LedgerServiceResource.baseUri()).contentType(ContentType.JSON).body(SampleBudget.budgetJson(dept))
                .when().put("/budgets/{dept}/2024", dept)
                .then().statusCode(200);
    }

    /** Replaces table 3 as an editor would: with the ETag of the version just read. */
    private static void putTable3(String dept, String body) {
        String etag = asFinanceAdmin().baseUri(LedgerServiceResource.baseUri()).when().get("/budgets/{dept}/2024/tables/3", dept)
                .then().statusCode(200).extract().header("ETag");
        asFinanceAdmin().baseUri(LedgerServiceResource.baseUri()).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().put("/budgets/{dept}/2024/tables/3", dept)
                .then().statusCode(200);
    }

    private static long pendingInOutbox() {
        return asFinanceAdmin().baseUri(LedgerServiceResource.baseUri()).when().get("/outbox")
                .then().statusCode(200).extract().jsonPath().getLong("pending");
    }

    /** Waits until exactly this many events of the budget were applied, and fails if more ever are. */
    private static void awaitEventsApplied(String dept, int expected) {
        await().atMost(PATIENCE).until(() -> eventsApplied(dept) >= expected);
        assertEquals(expected, eventsApplied(dept), "events applied to " + dept);
    }

    private static long eventsApplied(String dept) {
        var response = asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept);
        return response.statusCode() == 200 ? response.jsonPath().getLong("eventsApplied") : 0;
    }

    /** The department's entry in the bureau's view, found by its code: the shared test database holds many departments. */
    private static Map<String, Object> overviewEntryOf(String dept) {
        JsonPath view = overview(Map.of("q", dept));
        assertEquals(1, view.getInt("total"), view.prettify());
        return view.getMap("items[0]");
    }

    /** Each filter keeps the budget in ERRORS with its three R-errors, or leaves it out. */
    private static void theBureauViewFiltersTheBrokenBudget(String dept) {
        for (Map<String, String> keeps : List.of(Map.of("status", "ERRORS"), Map.of("severity", "ERROR"), Map.of("rule", "R05"),
                Map.of("template", "hebei-2024"), Map.of("sort", "status"))) {
            Map<String, String> filter = new HashMap<>(keeps);
            filter.put("q", dept);
            assertEquals(List.of(dept), overview(filter).getList("items.deptCode"), "kept by " + keeps);
        }
        for (Map<String, String> drops : List.of(Map.of("status", "CONSISTENT"), Map.of("severity", absentSeverity(dept)),
                Map.of("rule", "R99"), Map.of("template", "shanghai-putuo"))) {
            Map<String, String> filter = new HashMap<>(drops);
            filter.put("q", dept);
            assertEquals(0, overview(filter).getInt("total"), "left out by " + drops);
        }
        // the name is searched by any part of it, and a % is a letter there, not a wildcard
        assertTrue(overview(Map.of("q", "海港区人力资源", "size", "500")).getList("items.deptCode").contains(dept));
        assertEquals(0, overview(Map.of("q", "%" + dept)).getInt("total"));
        // a department editor's view holds its own departments only
        asDeptEditor(dept).queryParam("year", 2024).queryParam("size", 500).when().get("/reconciliations")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].deptCode", equalTo(dept))
                .body("items[0].status", equalTo("ERRORS"));
        asDeptEditor("OTHER").queryParam("year", 2024).queryParam("q", dept).when().get("/reconciliations")
                .then().statusCode(200).body("total", equalTo(0));
        asFinanceAdmin().queryParam("year", 2024).queryParam("status", "BROKEN").when().get("/reconciliations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("status")).body("violations[0].value", equalTo("BROKEN"));
    }

    /** A severity of which the budget has no open finding. */
    private static String absentSeverity(String dept) {
        Map<String, Object> summary = findings(dept).getMap("summary");
        return summary.entrySet().stream().filter(e -> ((Number) e.getValue()).longValue() == 0).map(Map.Entry::getKey).findFirst()
                .orElseThrow();
    }

    /** The bureau's charts: open findings by rule, budgets by status, and the last 30 days, which end with the findings open now. */
    private static void theSummaryCountsItsFindings() {
        JsonPath summary = asFinanceAdmin().queryParam("year", 2024).when().get("/reconciliations/summary")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(summary.getLong("budgetsByStatus.ERRORS") >= 1, summary.prettify());
        Map<String, Object> r05 = summary.getMap("openFindingsByRule.find { it.ruleId == 'R05' }");
        assertTrue(((Number) r05.get("budgets")).longValue() >= 1, r05.toString());
        assertTrue(((Number) r05.get("openFindings")).longValue() >= ((Number) r05.get("budgets")).longValue(), r05.toString());
        List<Long> byRule = summary.getList("openFindingsByRule.openFindings", Long.class);
        List<Long> byDay = summary.getList("openFindingsByDay.openFindings", Long.class);
        assertEquals(30, byDay.size());
        assertEquals(byRule.stream().mapToLong(Long::longValue).sum(), byDay.get(29), "today ends with the findings open now");
        assertEquals(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString(), summary.getString("openFindingsByDay[29].date"));
    }

    private static JsonPath overview(Map<String, String> query) {
        return asFinanceAdmin().queryParam("year", 2024).queryParams(query).when().get("/reconciliations")
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath findings(String dept) {
        return asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept).then().statusCode(200).extract().jsonPath();
    }

    private static String seed() {
        return SampleBudget.table3Json();
    }

    /** A department in the ledger, under a code no other run uses. */
    private static String freshDept() {
        String dept = "F" + Long.toString(System.nanoTime(), 36).toUpperCase();
        asFinanceAdmin().baseUri(LedgerServiceResource.baseUri()).contentType(ContentType.JSON).body(SampleBudget.departmentJson(dept))
                .when().post("/departments").then().statusCode(201);
        return dept;
    }
}
