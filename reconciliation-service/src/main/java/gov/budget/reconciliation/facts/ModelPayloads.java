package gov.budget.reconciliation.facts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import gov.budget.contracts.event.EventCodec;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.UnaryOperator;

/**
 * Reads the payloads a budget's model holds, sharing one instance of each equal text and amount.
 * A performance sheet's indicators repeat a few levels, units, operators and values across every
 * sheet of every budget: read as they are, a sheet's copies of them were most of the models'
 * heap, and a backlog spent a quarter of its time in full collections. Strings and
 * {@link BigDecimal}s are immutable, and equal ones (same value, same scale) are interchangeable,
 * so sharing them changes nothing a rule reads. Texts are interned, as {@code LineValues} interns a
 * ledger row's; amounts, which the JVM does not intern, are shared through a bounded map.
 */
public final class ModelPayloads {

    /** How many distinct amounts are shared at most; past it, the least used ones are simply no longer shared. */
    private static final long SHARED_AMOUNTS = 65_536;

    private static final Cache<BigDecimal, BigDecimal> AMOUNTS = Caffeine.newBuilder().maximumSize(SHARED_AMOUNTS).build();

    private static final ObjectMapper MAPPER = EventCodec.mapper().copy().registerModule(new SimpleModule("model-payloads")
            .addDeserializer(String.class, new Shared<>(StringDeserializer.instance, String::intern))
            .addDeserializer(BigDecimal.class, new Shared<>(NumberDeserializers.BigDecimalDeserializer.instance, ModelPayloads::shared)));

    private ModelPayloads() {
    }

    /** The payload, an event's JSON tree or a snapshot's record, as the record type the model holds. */
    public static <T> T convert(Object payload, Class<T> type) {
        return MAPPER.convertValue(payload, type);
    }

    /** A stored payload, JSON text, as the record type the model holds; {@code stored} names it in the error. */
    public static <T> T read(String json, Class<T> type, String stored) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + stored + " cannot be read as " + type.getSimpleName(), e);
        }
    }

    /** The one instance of this amount that the models share. */
    static BigDecimal shared(BigDecimal amount) {
        return AMOUNTS.get(amount, a -> a);
    }

    /** Reads a value as Jackson would, then hands out the shared instance of it. */
    private static final class Shared<T> extends JsonDeserializer<T> {
        private final JsonDeserializer<T> reader;
        private final UnaryOperator<T> sharing;

        Shared(JsonDeserializer<T> reader, UnaryOperator<T> sharing) {
            this.reader = reader;
            this.sharing = sharing;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            T value = reader.deserialize(parser, context);
            return value == null ? null : sharing.apply(value);
        }
    }
}
