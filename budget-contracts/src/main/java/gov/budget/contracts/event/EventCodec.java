package gov.budget.contracts.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Reads and writes events as JSON. Amounts travel as JSON numbers and are read back
 * as {@link java.math.BigDecimal}, never as double.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            // registered after Java time's own: the last registered reader of a type is the one used
            .addModule(new SimpleModule("iso-instants").addDeserializer(Instant.class, new IsoInstants()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // keep 52.00 as 52.00: published precision is part of the data
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private EventCodec() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String toJson(EventEnvelope envelope) {
        return write(envelope);
    }

    public static EventEnvelope fromJson(String json) {
        try {
            return MAPPER.readValue(json, EventEnvelope.class);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("event is not a valid envelope: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * An envelope from its UTF-8 bytes as a Kafka record holds them: read without decoding them to a
     * {@code String} first, which for the Chinese texts of a budget doubled their size in memory.
     */
    public static EventEnvelope fromJson(byte[] json) {
        if (json == null) {
            throw new MalformedEventException("record has no value", null);
        }
        try {
            return MAPPER.readValue(json, EventEnvelope.class);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("event is not a valid envelope: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new MalformedEventException("event is not a valid envelope: " + e.getMessage(), e);
        }
    }

    public static JsonNode toPayload(Object payload) {
        return MAPPER.valueToTree(payload);
    }

    public static <T> T payloadAs(EventEnvelope envelope, Class<T> type) {
        try {
            return MAPPER.treeToValue(envelope.payload(), type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("payload of event " + envelope.eventId() + " is not a " + type.getSimpleName(), e);
        }
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
