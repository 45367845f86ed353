package gov.budget.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.ledger.LedgerLinePayload;
import gov.budget.contracts.ledger.RowKind;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventEnvelopeSchemaTest {

    private static JsonSchema schema() {
        InputStream in = EventEnvelopeSchemaTest.class.getClassLoader().getResourceAsStream("schema/event-envelope.schema.json");
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }

    private static EventEnvelope sample(long version) {
        LedgerLinePayload payload = new LedgerLinePayload(3, RowKind.FUNCTIONAL, "2080106", "就业管理事务", 8,
                Map.of("total", new BigDecimal("580.21"), "basic", new BigDecimal("528.21"), "project", new BigDecimal("52.00")),
                "万元", false);
        return new EventEnvelope(UUID.randomUUID(), LedgerLinePayload.EVENT_TYPE, "budget-ledger-service",
                LedgerLinePayload.AGGREGATE_TYPE, LedgerLinePayload.aggregateId("323", 2024, 3, "2080106"),
                "323", 2024, version, Instant.parse("2024-01-15T08:00:00Z"), "importer", EventCodec.toPayload(payload));
    }

    @Test
    void aWrittenEnvelopeMatchesTheSchemaAndReadsBackWithExactAmounts() throws Exception {
        String json = EventCodec.toJson(sample(1));
        JsonNode tree = EventCodec.mapper().readTree(json);

        Set<ValidationMessage> errors = schema().validate(tree);
        assertTrue(errors.isEmpty(), errors::toString);

        EventEnvelope read = EventCodec.fromJson(json);
        LedgerLinePayload line = EventCodec.payloadAs(read, LedgerLinePayload.class);
        assertEquals(new BigDecimal("52.00"), line.amounts().get("project"));
        assertEquals("323:2024", read.kafkaKey());
    }

    @Test
    void theSchemaRejectsAVersionBelowOneAndAMissingActor() throws Exception {
        JsonNode tree = EventCodec.mapper().readTree(EventCodec.toJson(sample(0)));
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree).remove("actor");

        Set<ValidationMessage> errors = schema().validate(tree);
        assertFalse(errors.isEmpty());
        assertTrue(errors.toString().contains("version"), errors::toString);
        assertTrue(errors.toString().contains("actor"), errors::toString);
    }
}
