package gov.budget.contracts.event;

import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.POJONode;
import gov.budget.contracts.ledger.LedgerLinePayload;
import gov.budget.contracts.ledger.LedgerLinesPayload;
import gov.budget.contracts.ledger.RowKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An envelope whose payload is read straight into its class reads as one read as a tree and then bound. */
class EventCodecPayloadClassTest {

    private static final Map<String, Class<?>> LINES = Map.of(LedgerLinesPayload.AGGREGATE_TYPE, LedgerLinesPayload.class);

    @Test
    void aPayloadReadIntoItsClassEqualsTheTreeBoundToIt() {
        byte[] json = EventCodec.toJson(linesEvent()).getBytes(StandardCharsets.UTF_8);

        EventEnvelope typed = EventCodec.fromJson(json, LINES);
        EventEnvelope tree = EventCodec.fromJson(json);

        assertInstanceOf(POJONode.class, typed.payload());
        LedgerLinesPayload lines = EventCodec.payloadAs(typed, LedgerLinesPayload.class);
        assertEquals(EventCodec.payloadAs(tree, LedgerLinesPayload.class), lines);
        // the published precision survives: 52.00, not 52
        assertEquals("52.00", lines.lines().get(0).line().amounts().get("total").toPlainString());
        assertEquals(new EventEnvelope(tree.eventId(), tree.eventType(), tree.source(), tree.aggregateType(), tree.aggregateId(),
                tree.deptCode(), tree.fiscalYear(), tree.version(), tree.occurredAt(), tree.actor(), typed.payload()), typed);
    }

    @Test
    void anotherTypeOrAPayloadBeforeItsTypeIsReadAsATree() {
        byte[] json = EventCodec.toJson(linesEvent()).getBytes(StandardCharsets.UTF_8);
        assertEquals(EventCodec.fromJson(json), EventCodec.fromJson(json, Map.of("LedgerLine", LedgerLinePayload.class)));

        String payloadFirst = "{\"payload\":{\"tableNo\":3,\"lines\":[]},\"eventId\":\"" + UUID.randomUUID()
                + "\",\"aggregateType\":\"LedgerTableLines\",\"deptCode\":\"323\",\"fiscalYear\":2024,\"version\":1}";
        EventEnvelope event = EventCodec.fromJson(payloadFirst.getBytes(StandardCharsets.UTF_8), LINES);
        assertTrue(event.payload().isObject());
        assertEquals(new LedgerLinesPayload(3, List.of()), EventCodec.payloadAs(event, LedgerLinesPayload.class));
    }

    @Test
    void aNullOrMissingPayloadReadsAsItDoesAsATree() {
        String head = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"aggregateType\":\"LedgerTableLines\",\"deptCode\":\"323\"";
        byte[] nullPayload = (head + ",\"payload\":null}").getBytes(StandardCharsets.UTF_8);
        byte[] noPayload = (head + "}").getBytes(StandardCharsets.UTF_8);

        assertEquals(NullNode.getInstance(), EventCodec.fromJson(nullPayload, LINES).payload());
        assertEquals(EventCodec.fromJson(nullPayload).payload(), EventCodec.fromJson(nullPayload, LINES).payload());
        assertNull(EventCodec.fromJson(noPayload, LINES).payload());
        assertNull(EventCodec.fromJson(noPayload).payload());
    }

    @Test
    void aPayloadThatDoesNotReadAsItsClassIsAMalformedEvent() {
        String json = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"aggregateType\":\"LedgerTableLines\",\"deptCode\":\"323\","
                + "\"payload\":{\"tableNo\":3,\"lines\":\"all of them\"}}";
        MalformedEventException refused = assertThrows(MalformedEventException.class,
                () -> EventCodec.fromJson(json.getBytes(StandardCharsets.UTF_8), LINES));
        assertTrue(refused.getMessage().startsWith("event is not a valid envelope"), refused.getMessage());
    }

    @Test
    void aPayloadReadIntoOneClassIsConvertedWhenAskedAsAnother() {
        byte[] json = EventCodec.toJson(linesEvent()).getBytes(StandardCharsets.UTF_8);
        EventEnvelope typed = EventCodec.fromJson(json, LINES);

        assertEquals(EventCodec.payloadAs(EventCodec.fromJson(json), TableOnly.class), EventCodec.payloadAs(typed, TableOnly.class));
        assertEquals(3, EventCodec.payloadAs(typed, TableOnly.class).tableNo());
    }

    /** Another reading of the same payload: only its table. */
    record TableOnly(int tableNo) {
    }

    private static EventEnvelope linesEvent() {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        amounts.put("total", new BigDecimal("52.00"));
        amounts.put("basic", new BigDecimal("0"));
        LedgerLinePayload line = new LedgerLinePayload(3, RowKind.FUNCTIONAL, "2080106", "一般公共服务支出（行政运行）", 4, amounts, "万元", false);
        LedgerLinesPayload payload = new LedgerLinesPayload(3, List.of(new LedgerLinesPayload.Entry(2, line),
                new LedgerLinesPayload.Entry(1, new LedgerLinePayload(3, RowKind.ITEM, "total", "合计", 1, Map.of(), "万元", true))));
        return new EventEnvelope(UUID.randomUUID(), LedgerLinesPayload.EVENT_TYPE, "test", LedgerLinesPayload.AGGREGATE_TYPE,
                "323:2024:3", "323", 2024, 2, Instant.parse("2026-12-05T03:00:00.5Z"), "test", EventCodec.toPayload(payload));
    }
}
