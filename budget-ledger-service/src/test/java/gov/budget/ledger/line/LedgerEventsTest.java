package gov.budget.ledger.line;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.TransactionPart;
import gov.budget.ledger.LedgerFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The events the ledger really publishes, through the outbox and the broker: a write that changes
 * one row publishes its line, one that changes more publishes the table's changed lines in one event.
 */
@QuarkusTest
class LedgerEventsTest {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    /** Table 3's last row in the sample, as its line in the table's JSON: removing it leaves 33 rows. */
    private static final String LAST_ROW_OF_TABLE_3 = ",\n    {\"code\": \"2230105\", \"name\": \"国有企业退休人员社会化管理补助支出\", \"amounts\": {\"total\": 1516.00, \"project\": 1516.00}}";

    @ConfigProperty(name = "budget.topics.ledger")
    String topic;

    @Test
    void everyChangedRowReachesKafkaAsAnEnvelopeThatMatchesTheSchema() throws Exception {
        String dept = LedgerFixtures.freshDeptCode();
        String key = dept + ":2024";
        // read from before the budget is created: its creation's event is relayed whenever the relay gets to it
        try (KafkaConsumer<String, String> consumer = consumerAtEnd()) {
            List<JsonNode> all = storeTable3(consumer, dept);
            assertEquals("BudgetChanged", all.get(0).get("eventType").asText());
            List<JsonNode> created = all.subList(1, all.size());
            JsonSchema schema = envelopeSchema();
            for (JsonNode event : created) {
                Set<ValidationMessage> errors = schema.validate(event);
                assertTrue(errors.isEmpty(), () -> errors + " in " + event);
                assertEquals(1, event.get("version").asInt());
                assertEquals("budget-ledger-service", event.get("source").asText());
            }
            JsonNode lines = ofType(created, "LedgerLinesChanged").get(0);
            assertEquals(dept + ":2024:3", lines.get("aggregateId").asText());
            assertEquals(34, lines.at("/payload/lines").size());
            JsonNode line = entry(lines, "2080106");
            assertEquals(1, line.get("version").asInt());
            assertEquals("580.21", line.at("/line/amounts/total").decimalValue().toPlainString());
            assertEquals("52.00", line.at("/line/amounts/project").decimalValue().toPlainString());
            JsonNode table = ofType(created, "LedgerTableChanged").get(0);
            assertEquals(dept + ":2024:3", table.get("aggregateId").asText());
            assertEquals(34, table.at("/payload/rowCount").asInt());

            // one changed cell, version 2, and the last row removed, a deletion at version 2: the two lines alone, and the table's event
            asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                    .body(LedgerFixtures.table3WithCell("\"total\": 580.21", "\"total\": 580.22")
                            .replace(LAST_ROW_OF_TABLE_3, ""))
                    .put("/budgets/{dept}/2024/tables/3", dept).then().statusCode(200);

            List<JsonNode> updates = readEvents(consumer, key, 2);
            JsonNode changedLines = ofType(updates, "LedgerLinesChanged").get(0);
            assertEquals(2, changedLines.get("version").asInt(), "the table's version");
            assertEquals(2, changedLines.at("/payload/lines").size());
            JsonNode update = entry(changedLines, "2080106");
            assertEquals(2, update.get("version").asInt());
            assertEquals("580.22", update.at("/line/amounts/total").decimalValue().toPlainString());
            JsonNode deletion = entry(changedLines, "2230105");
            assertEquals(2, deletion.get("version").asInt());
            assertTrue(deletion.at("/line/deleted").asBoolean());
            assertEquals(33, ofType(updates, "LedgerTableChanged").get(0).at("/payload/rowCount").asInt());
            for (JsonNode event : updates) {
                assertTrue(schema.validate(event).isEmpty());
            }
        }
    }

    @Test
    void aPatchPublishesItsRowAndTheTableWithAllItsRows() throws Exception {
        String dept = LedgerFixtures.freshDeptCode();
        String key = dept + ":2024";
        try (KafkaConsumer<String, String> consumer = consumerAtEnd()) {
            storeTable3(consumer, dept);

            // the other 33 rows are read but not written: they keep version 1 and publish nothing
            JsonNode answer = EventCodec.mapper().readTree(asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                    .body("{\"amounts\": {\"total\": 580.22, \"basic\": 528.22}}")
                    .patch("/budgets/{dept}/2024/tables/3/rows/2080106", dept).then().statusCode(200).extract().asString());
            assertEquals(34, answer.get("rows").size());
            for (JsonNode row : answer.get("rows")) {
                assertEquals("2080106".equals(row.get("code").asText()) ? 2 : 1, row.get("version").asInt(), row.toString());
            }

            List<JsonNode> events = readEvents(consumer, key, 2);
            JsonNode line = ofType(events, "LedgerLineChanged").get(0);
            assertEquals(dept + ":2024:3:2080106", line.get("aggregateId").asText());
            assertEquals(2, line.get("version").asInt());
            assertEquals("580.22", line.at("/payload/amounts/total").decimalValue().toPlainString());
            assertEquals("52.00", line.at("/payload/amounts/project").decimalValue().toPlainString());
            JsonNode table = ofType(events, "LedgerTableChanged").get(0);
            assertEquals(2, table.get("version").asInt());
            assertEquals(34, table.at("/payload/rowCount").asInt());
        }
    }

    @Test
    void aPatchReadingOnlyItsRowCountsTheTablesLiveRowsAndFindsNoRemovedOrMisspeltRow() throws Exception {
        String dept = LedgerFixtures.freshDeptCode();
        String key = dept + ":2024";
        try (KafkaConsumer<String, String> consumer = consumerAtEnd()) {
            storeTable3(consumer, dept);
            asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                    .body(LedgerFixtures.tableJson(3)
                            .replace(LAST_ROW_OF_TABLE_3, ""))
                    .put("/budgets/{dept}/2024/tables/3", dept).then().statusCode(200);
            readEvents(consumer, key, 2);

            // the removed row is stored, deleted, and a code is matched exactly, although the column ignores case
            asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"2\"").body("{\"amounts\": {\"total\": 1.00}}")
                    .patch("/budgets/{dept}/2024/tables/3/rows/2230105", dept).then().statusCode(404);
            asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"2\"").body("{\"amounts\": {\"total\": 1.00}}")
                    .patch("/budgets/{dept}/2024/tables/3/rows/TOTAL", dept).then().statusCode(404);

            asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"2\"").header("Prefer", "return=minimal")
                    .body("{\"amounts\": {\"total\": 4078.24}}")
                    .patch("/budgets/{dept}/2024/tables/3/rows/total", dept).then().statusCode(204).header("ETag", "\"3\"");
            List<JsonNode> events = readEvents(consumer, key, 2);
            JsonNode line = ofType(events, "LedgerLineChanged").get(0);
            assertEquals(dept + ":2024:3:total", line.get("aggregateId").asText());
            assertEquals("4078.24", line.at("/payload/amounts/total").decimalValue().toPlainString());
            assertEquals("1945.84", line.at("/payload/amounts/basic").decimalValue().toPlainString());
            assertEquals(33, ofType(events, "LedgerTableChanged").get(0).at("/payload/rowCount").asInt());

            // the same values again change nothing: no version, no event
            asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", "\"3\"").header("Prefer", "return=minimal")
                    .body("{\"amounts\": {\"total\": 4078.24}}")
                    .patch("/budgets/{dept}/2024/tables/3/rows/total", dept).then().statusCode(204).header("ETag", "\"3\"");
            asFinanceAdmin().get("/budgets/{dept}/2024/tables/3", dept).then().statusCode(200)
                    .body("rows.size()", equalTo(33)).body("rows[0].version", equalTo(2));
        }
    }

    @Test
    void anImportPublishesTheTableNotesAndTheNarrative() throws Exception {
        String dept = LedgerFixtures.freshDeptCode();
        String key = dept + ":2024";
        LedgerFixtures.createDepartment(dept);
        try (KafkaConsumer<String, String> consumer = consumerAtEnd()) {
            asFinanceAdmin().contentType(ContentType.JSON).body(LedgerFixtures.budgetJson(dept))
                    .put("/budgets/{dept}/2024", dept).then().statusCode(200);

            // the budget's creation, the rows of the eight tables that have any, nine table events and the narrative
            int count = 1 + 8 + 9 + 1;
            List<ConsumerRecord<String, String>> records = readRecords(consumer, key, count);
            List<JsonNode> events = records.stream().map(LedgerEventsTest::event).toList();
            // one transaction: each record says where it stands among the transaction's events of the budget
            for (int i = 0; i < count; i++) {
                assertEquals(String.valueOf(i + 1), header(records.get(i), TransactionPart.POSITION));
                assertEquals(String.valueOf(count), header(records.get(i), TransactionPart.SIZE));
            }
            JsonNode table7 = ofType(events, "LedgerTableChanged").stream()
                    .filter(e -> e.at("/payload/tableNo").asInt() == 7).findFirst().orElseThrow();
            assertEquals("注：无政府基金预算财政拨款预算，空表列示。", table7.at("/payload/note").asText());
            assertEquals(0, table7.at("/payload/rowCount").asInt());
            assertEquals(225, ofType(events, "LedgerLinesChanged").stream().mapToInt(e -> e.at("/payload/lines").size()).sum());
            List<JsonNode> budgets = ofType(events, "BudgetChanged");
            assertEquals(2, budgets.size());
            JsonNode narrative = budgets.get(1);
            assertEquals("秦皇岛市海港区人力资源和社会保障局", narrative.at("/payload/deptName").asText());
            assertEquals("running_cost", narrative.at("/payload/narrative/0/code").asText());
            assertEquals("131.92", narrative.at("/payload/narrative/0/amount").decimalValue().toPlainString());
            assertTrue(narrative.get("version").asLong() > budgets.get(0).get("version").asLong());
            // the transaction's events are written together as it commits, in the order they were appended:
            // the budget's creation first, each table's rows before the table's event, the narrative last
            assertEquals("BudgetChanged", events.get(0).get("eventType").asText());
            assertEquals("BudgetChanged", events.get(events.size() - 1).get("eventType").asText());
            for (int i = 0; i < events.size(); i++) {
                JsonNode event = events.get(i);
                if ("LedgerLinesChanged".equals(event.get("eventType").asText())) {
                    int tableNo = event.at("/payload/tableNo").asInt();
                    boolean tableEventAfter = events.subList(i + 1, events.size()).stream().anyMatch(e ->
                            "LedgerTableChanged".equals(e.get("eventType").asText()) && e.at("/payload/tableNo").asInt() == tableNo);
                    assertTrue(tableEventAfter, "table " + tableNo + "'s event follows its rows");
                }
            }
        }
    }

    /**
     * Creates the budget and stores the seed's table 3 (34 rows), and returns the 3 events that
     * published: the budget's, its 34 lines' and the table's.
     */
    private static List<JsonNode> storeTable3(KafkaConsumer<String, String> consumer, String dept) {
        LedgerFixtures.createBudget(dept);
        asFinanceAdmin().contentType(ContentType.JSON).body(LedgerFixtures.tableJson(3))
                .put("/budgets/{dept}/2024/tables/3", dept).then().statusCode(200);
        return readEvents(consumer, dept + ":2024", 3);
    }

    /** The entry of a {@code LedgerLinesChanged} event for the row of this code. */
    private static JsonNode entry(JsonNode lines, String code) {
        for (JsonNode entry : lines.at("/payload/lines")) {
            if (code.equals(entry.at("/line/code").asText())) {
                return entry;
            }
        }
        throw new AssertionError("no line " + code + " in " + lines);
    }

    private static List<JsonNode> ofType(List<JsonNode> events, String type) {
        return events.stream().filter(e -> type.equals(e.get("eventType").asText())).toList();
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

    /** Reads until {@code count} events of the budget arrived, then checks that no more follow. */
    private static List<JsonNode> readEvents(KafkaConsumer<String, String> consumer, String key, int count) {
        return readRecords(consumer, key, count).stream().map(LedgerEventsTest::event).toList();
    }

    private static JsonNode event(ConsumerRecord<String, String> record) {
        try {
            return EventCodec.mapper().readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As above, the records as they arrived. */
    private static List<ConsumerRecord<String, String>> readRecords(KafkaConsumer<String, String> consumer, String key, int count) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (key.equals(record.key())) {
                    records.add(record);
                }
            }
            return records.size() >= count;
        });
        assertEquals(count, records.size());
        return records;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.US_ASCII);
    }

    private static JsonSchema envelopeSchema() {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("schema/event-envelope.schema.json");
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
}
