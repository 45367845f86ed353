package gov.budget.contracts.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

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

    private static final ObjectReader ENVELOPE_READER = MAPPER.readerFor(EventEnvelope.class);
    /**
     * The envelope's reader for each payload class, made once: a reader with an attribute is a new
     * reader and a new configuration, which made per event would be work on the consumer's hot path.
     */
    private static final ClassValue<ObjectReader> TYPED_READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> payloadClass) {
            return ENVELOPE_READER.withAttribute(PayloadReader.PAYLOAD_CLASS, payloadClass);
        }
    };

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
        return read(ENVELOPE_READER, json);
    }

    /**
     * As {@link #fromJson(byte[])}, reading the payload straight into its class where
     * {@code payloadClasses} names one for the envelope's aggregate type; {@link #payloadAs} then
     * returns it without building and binding a tree. The type is taken from the envelope's fields
     * before its payload, as every service writes them; an envelope that lists its payload first is
     * read as a tree.
     */
    public static EventEnvelope fromJson(byte[] json, Map<String, Class<?>> payloadClasses) {
        String aggregateType = json == null ? null : aggregateTypeBeforePayload(json);
        Class<?> payloadClass = aggregateType == null ? null : payloadClasses.get(aggregateType);
        return read(payloadClass == null ? ENVELOPE_READER : TYPED_READERS.get(payloadClass), json);
    }

    private static EventEnvelope read(ObjectReader reader, byte[] json) {
        if (json == null) {
            throw new MalformedEventException("record has no value", null);
        }
        try {
            return reader.readValue(json);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("event is not a valid envelope: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new MalformedEventException("event is not a valid envelope: " + e.getMessage(), e);
        }
    }

    /** The envelope's aggregate type if it comes before the payload, else null; a few tokens are read, nothing is bound. */
    private static String aggregateTypeBeforePayload(byte[] json) {
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("aggregateType".equals(field)) {
                    return value == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                if ("payload".equals(field)) {
                    return null;
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            // the full read reports what is wrong with it
            return null;
        }
    }

    public static JsonNode toPayload(Object payload) {
        return MAPPER.valueToTree(payload);
    }

    public static <T> T payloadAs(EventEnvelope envelope, Class<T> type) {
        if (envelope.payload() instanceof POJONode read) {
            // read straight into its class by fromJson(json, payloadClasses)
            return type.isInstance(read.getPojo()) ? type.cast(read.getPojo()) : MAPPER.convertValue(read.getPojo(), type);
        }
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
