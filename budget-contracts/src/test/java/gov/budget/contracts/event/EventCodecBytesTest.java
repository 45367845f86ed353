package gov.budget.contracts.event;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An envelope read from a Kafka record's bytes reads exactly as one read from its text. */
class EventCodecBytesTest {

    @Test
    void anEnvelopeReadFromItsBytesEqualsTheOneReadFromItsText() {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("name", "一般公共服务支出（行政运行）");
        payload.put("total", new BigDecimal("52.00"));
        EventEnvelope event = new EventEnvelope(UUID.randomUUID(), "LineChanged", "test", "LedgerLine", "323:2024:3:2080106",
                "323", 2024, 7, Instant.parse("2026-12-05T03:00:00.5Z"), "test", payload);
        String text = EventCodec.toJson(event);

        EventEnvelope fromBytes = EventCodec.fromJson(text.getBytes(StandardCharsets.UTF_8));

        assertEquals(EventCodec.fromJson(text), fromBytes);
        assertEquals("一般公共服务支出（行政运行）", fromBytes.payload().path("name").asText());
        // the published precision survives: 52.00, not 52
        assertEquals(new BigDecimal("52.00"), fromBytes.payload().path("total").decimalValue());
    }

    @Test
    void aRecordWithoutAValueOrWithBrokenJsonIsAMalformedEvent() {
        MalformedEventException empty = assertThrows(MalformedEventException.class, () -> EventCodec.fromJson((byte[]) null));
        assertEquals("record has no value", empty.getMessage());
        MalformedEventException broken = assertThrows(MalformedEventException.class,
                () -> EventCodec.fromJson("{\"eventId\": ".getBytes(StandardCharsets.UTF_8)));
        assertTrue(broken.getMessage().startsWith("event is not a valid envelope"), broken.getMessage());
    }
}
