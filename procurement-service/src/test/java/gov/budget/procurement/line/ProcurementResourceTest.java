package gov.budget.procurement.line;

import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.contracts.event.EventCodec;
import gov.budget.procurement.LedgerServiceResource;
import gov.budget.procurement.ProcurementFixtures;
import gov.budget.web.testing.JsonAmounts;
import gov.budget.web.testing.SnapshotDigests;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static gov.budget.web.testing.JsonAmounts.amount;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
@WithTestResource(value = LedgerServiceResource.class, scope = TestResourceScope.GLOBAL)
class ProcurementResourceTest {

    private static final String TABLE = "/procurement/{dept}/2024";
    private static final String LINES_DIGEST = "find { it.part == 'ProcurementLine' }";
    private static final String LINE = """
            {"unit": "秦皇岛市海港区人力资源和社会保障局本级", "projectName": "基金审计经费", "basicExpenditure": false,
             "projectBudget": 3.00, "itemName": "复印纸", "catalogCode": "A05040101", "measureUnit": "次", "quantity": 3,
             "unitPrice": 1.00, "amounts": {"total": 3.00, "generalPublic": 3.00}, "smeShare": 3.00}""";

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "budget.topics.procurement")
    String topic;

    @Test
    void theSeedTableLoadsAndItsComputedSummaryEqualsThePublishedTotals() {
        String dept = ProcurementFixtures.freshDepartment();
        ProcurementFixtures.importSample(dept);

        asFinanceAdmin().when().get(TABLE, dept)
                .then().statusCode(200)
                .body("lines.size()", equalTo(17))
                .body("publishedTotals.size()", equalTo(4))
                .body("lines[4].projectName", equalTo("基金审计经费"))
                .body("lines[4].quantity", equalTo(3))
                .body("lines[10].quantity", amount("16.5"))
                .body("lines[0].category", equalTo("GOODS"))
                .body("note", org.hamcrest.Matchers.startsWith("注：同一采购目录序号"));

        var summary = asFinanceAdmin().when().get(TABLE + "/summary", dept).then().statusCode(200).extract().jsonPath();
        assertEquals(17, summary.getInt("lineCount"));
        assertEquals("117.75", summary.getString("total.total"));
        assertEquals("117.75", summary.getString("smeShare"));
        assertEquals("117.75", summary.getString("byCategory.GOODS"));
        for (Map<String, Object> published : summary.<Map<String, Object>>getList("published")) {
            Object unit = published.get("unit");
            Object computed = unit == null ? summary.getString("total.total")
                    : summary.getString("byUnit.find { it.unit == '" + unit + "' }.amounts.total");
            assertEquals(String.valueOf(((Map<?, ?>) published.get("amounts")).get("total")), String.valueOf(computed), "小计 of " + unit);
        }
        JsonAmounts.assertAmount("3.00", summary, "byProject.find { it.projectName == '养老保险各险种经办业务费' }.procured");
        JsonAmounts.assertAmount("16.50", summary, "byProject.find { it.projectName == '专网维护费' }.projectBudget");
    }

    @Test
    void anImportThatPrefersMinimalAnswersWithTheNewETagAloneAndStoresEveryLine() {
        String dept = ProcurementFixtures.freshDepartment();
        asFinanceAdmin().contentType(ContentType.JSON).header("Prefer", "return=minimal").body(ProcurementFixtures.procurementJson(dept))
                .when().put(TABLE, dept)
                .then().statusCode(204).header("ETag", "\"1\"").header("Preference-Applied", "return=minimal")
                .body(emptyString());
        asFinanceAdmin().when().get(TABLE, dept).then().statusCode(200).header("ETag", "\"1\"").body("lines.size()", equalTo(17));
        asFinanceAdmin().contentType(ContentType.JSON).header("Prefer", "return=minimal").body(ProcurementFixtures.procurementJson(dept))
                .when().put(TABLE, dept).then().statusCode(428).contentType("application/problem+json");
        // the same import again changes nothing, and answers with the version it left
        asFinanceAdmin().contentType(ContentType.JSON).header("Prefer", "return=minimal").header("If-Match", "\"1\"")
                .body(ProcurementFixtures.procurementJson(dept))
                .when().put(TABLE, dept).then().statusCode(204).header("ETag", "\"1\"").body(emptyString());
    }

    @Test
    void reImportingNeedsTheETagAndAnUnchangedTableChangesNothing() {
        String dept = ProcurementFixtures.freshDepartment();
        String etag = ProcurementFixtures.importSample(dept);

        asFinanceAdmin().contentType(ContentType.JSON).body(ProcurementFixtures.procurementJson(dept))
                .when().put(TABLE, dept).then().statusCode(428).contentType("application/problem+json");
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", etag).body(ProcurementFixtures.procurementJson(dept))
                .when().put(TABLE, dept).then().statusCode(200).header("ETag", etag).body("changedLines", equalTo(0));
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(ProcurementFixtures.procurementJson(dept))
                .when().put(TABLE, dept).then().statusCode(412).header("ETag", etag);
    }

    @Test
    void aLineIsAddedReadChangedWithItsETagAndRemoved() {
        String dept = ProcurementFixtures.freshDepartment();
        ProcurementFixtures.importSample(dept);

        var created = asFinanceAdmin().contentType(ContentType.JSON).body(LINE)
                .when().post(TABLE + "/lines", dept)
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("position", equalTo(18))
                .body("category", equalTo("GOODS"))
                .extract().jsonPath();
        int id = created.getInt("id");

        asFinanceAdmin().when().get(TABLE + "/lines/{id}", dept, id).then().statusCode(200).body("itemName", equalTo("复印纸"));
        asFinanceAdmin().contentType(ContentType.JSON).body(LINE.replace("\"复印纸\"", "\"硒鼓\""))
                .when().put(TABLE + "/lines/{id}", dept, id).then().statusCode(428);
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(LINE.replace("\"复印纸\"", "\"硒鼓\""))
                .when().put(TABLE + "/lines/{id}", dept, id).then().statusCode(200).header("ETag", "\"2\"").body("itemName", equalTo("硒鼓"));
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(LINE)
                .when().put(TABLE + "/lines/{id}", dept, id).then().statusCode(412);
        asFinanceAdmin().header("If-Match", "\"2\"").when().delete(TABLE + "/lines/{id}", dept, id).then().statusCode(204);
        asFinanceAdmin().when().get(TABLE + "/lines/{id}", dept, id).then().statusCode(404).contentType("application/problem+json");
        asFinanceAdmin().when().get(TABLE, dept).then().body("lines.size()", equalTo(17));
    }

    @Test
    void theDigestsCountTheLiveLinesAndTheTableAndARemovedLineLeavesTheLines() {
        String dept = ProcurementFixtures.freshDepartment();
        ProcurementFixtures.importSample(dept);
        JsonPath imported = SnapshotDigests.of(dept);
        assertEquals(17, imported.getInt(LINES_DIGEST + ".records"));
        assertEquals(2024, imported.getInt(LINES_DIGEST + ".fiscalYear"));
        assertEquals(1, imported.getInt("find { it.part == 'ProcurementTable' }.records"));

        int id = asFinanceAdmin().when().get(TABLE, dept).then().statusCode(200).extract().jsonPath().getInt("lines[0].id");
        asFinanceAdmin().header("If-Match", "\"1\"").when().delete(TABLE + "/lines/{id}", dept, id).then().statusCode(204);
        JsonPath removed = SnapshotDigests.of(dept);
        assertEquals(16, removed.getInt(LINES_DIGEST + ".records"));
        assertNotEquals(imported.getLong(LINES_DIGEST + ".checksum"), removed.getLong(LINES_DIGEST + ".checksum"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "catalog code of the wrong shape | \"A05040101\"                                   | \"A0504010\"                            | catalogCode          | A0504010",
            "a letter beyond C               | \"A05040101\"                                   | \"D05040101\"                           | catalogCode          | D05040101",
            "quantity 0                      | \"quantity\": 3                                 | \"quantity\": 0                         | quantity             | 0",
            "negative amount                 | \"generalPublic\": 3.00                         | \"generalPublic\": -3.00                | amounts.generalPublic | -3.00",
            "three decimals                  | \"unitPrice\": 1.00                             | \"unitPrice\": 1.005                    | unitPrice            | 1.005",
            "SME share above the total       | \"smeShare\": 3.00                              | \"smeShare\": 3.01                      | smeShare             | 3.01",
            "unknown sub-unit                | \"秦皇岛市海港区人力资源和社会保障局本级\"            | \"秦皇岛市海港区财政局\"                    | unit                 | 秦皇岛市海港区财政局",
            "missing item name               | \"itemName\": \"复印纸\",                         | ''                                      | itemName             | ",
    })
    void aBadLineIsRefusedNamingTheFieldAndNothingIsStored(String caseName, String before, String after, String field, String value) {
        String dept = ProcurementFixtures.freshDepartment();
        ProcurementFixtures.importSample(dept);

        var response = asFinanceAdmin().contentType(ContentType.JSON).body(LINE.replace(before, after))
                .when().post(TABLE + "/lines", dept)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
        if (value != null) {
            response.body("violations.value", hasItem(value));
        }
        // the same line in a whole import is refused the same way, and the table keeps its 17 lines
        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "*")
                .body(ProcurementFixtures.procurementJson(dept).replace("\"lines\": [\n", "\"lines\": [\n  " + LINE.replace(before, after) + ",\n"))
                .when().put(TABLE, dept)
                .then().statusCode(400).body("violations.field", hasItem("lines[0]." + field));
        asFinanceAdmin().when().get(TABLE, dept).then().body("lines.size()", equalTo(17)).body("version", equalTo(1));
    }

    @Test
    void aDepartmentTheLedgerDoesNotKnowIsRefused() {
        asFinanceAdmin().contentType(ContentType.JSON).body(LINE)
                .when().post(TABLE + "/lines", "NOSUCHDEPT")
                .then().statusCode(400).body("violations[0].field", equalTo("deptCode"));
    }

    @Test
    void theXlsxExportIsLaidOutLikeThePublishedTable() throws Exception {
        String dept = ProcurementFixtures.freshDepartment();
        ProcurementFixtures.importSample(dept);

        byte[] xlsx = asFinanceAdmin().when().get(TABLE + "/export.xlsx", dept).then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("部门政府采购预算", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("单位：万元", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("合  计", sheet.getRow(4).getCell(0).getStringCellValue());
            assertEquals(117.75, sheet.getRow(4).getCell(7).getNumericCellValue());
            assertEquals("秦皇岛市海港区人力资源和社会保障局本级小计", sheet.getRow(5).getCell(0).getStringCellValue());
            assertEquals(89.25, sheet.getRow(5).getCell(7).getNumericCellValue());
            assertEquals("基金审计经费", sheet.getRow(10).getCell(0).getStringCellValue());
            assertEquals(3.0, sheet.getRow(10).getCell(5).getNumericCellValue());
            // header, 合计, 3 小计, 17 lines, then the note
            assertEquals(4 + 1 + 3 + 17, sheet.getLastRowNum());
        }
    }

    @Test
    void everyLineReachesKafkaAndTheSnapshotPagesThemOnce() throws Exception {
        String dept = ProcurementFixtures.freshDepartment();
        try (KafkaConsumer<String, String> consumer = consumerAtEnd()) {
            ProcurementFixtures.importSample(dept);
            List<JsonNode> events = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if ((dept + ":2024").equals(record.key())) {
                        events.add(EventCodec.mapper().readTree(record.value()));
                    }
                }
                return events.size() >= 2;
            });
            // the import's 17 lines travel in one event of the table, then the table's own event
            assertEquals(List.of("ProcurementLinesChanged", "ProcurementTableChanged"),
                    events.stream().map(e -> e.get("eventType").asText()).toList());
            JsonNode lines = events.get(0);
            JsonNode table = events.get(1);
            assertEquals(dept + ":2024", lines.get("aggregateId").asText());
            assertEquals(table.get("version").asLong(), lines.get("version").asLong());
            assertEquals(17, lines.at("/payload/lines").size());
            List<Long> lineIds = new ArrayList<>();
            for (JsonNode entry : lines.at("/payload/lines")) {
                assertEquals(1, entry.get("version").asLong());
                assertEquals(lineIds.size() + 1, entry.at("/line/position").asInt());
                lineIds.add(entry.at("/line/lineId").asLong());
            }
            assertEquals(17, lineIds.stream().distinct().count());
            assertEquals("117.75", table.at("/payload/publishedTotals/0/amounts/total").decimalValue().toPlainString());
        }
        // the audit trail still records each line's creation on its own, beside the table's
        asFinanceAdmin().queryParam("limit", 100).when().get("/audit/{dept}/2024", dept).then().statusCode(200)
                .body("records.findAll { it.entityType == 'ProcurementLine' }.size()", org.hamcrest.Matchers.equalTo(17))
                .body("records.findAll { it.entityType == 'ProcurementLine' }.action", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.equalTo("CREATED")));
        var page = asFinanceAdmin().queryParam("deptCode", dept).queryParam("fiscalYear", 2024).queryParam("limit", 10)
                .when().get("/snapshot/lines").then().statusCode(200).extract().jsonPath();
        assertEquals(10, page.getList("lines").size());
        var rest = asFinanceAdmin().queryParam("deptCode", dept).queryParam("fiscalYear", 2024).queryParam("limit", 10)
                .queryParam("cursor", page.getString("nextCursor"))
                .when().get("/snapshot/lines").then().statusCode(200).extract().jsonPath();
        assertEquals(7, rest.getList("lines").size());
        asFinanceAdmin().when().get("/snapshot/budgets").then().statusCode(200).body("deptCode", hasItem(dept));
        // half a budget's key filters nothing: both snapshots refuse it alike
        for (String snapshot : List.of("/snapshot/lines", "/snapshot/tables")) {
            asFinanceAdmin().queryParam("fiscalYear", 2023).when().get(snapshot).then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", org.hamcrest.Matchers.equalTo("deptCode"));
        }
        asFinanceAdmin().queryParam("deptCode", dept).queryParam("fiscalYear", 2024).when().get("/snapshot/tables")
                .then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(1));
    }

    private KafkaConsumer<String, String> consumerAtEnd() {
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
}
