package gov.budget.contracts.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.POJONode;

import java.io.IOException;

/**
 * Reads an envelope's payload: as a tree, or, when the reader names the payload's class
 * ({@link EventCodec#fromJson(byte[], java.util.Map)}), straight into that class, carried in a
 * {@link POJONode} that {@link EventCodec#payloadAs} hands back as it is. A table's lines read as a
 * tree and then bound from it were the consumer's largest cost (JFR, throughput benchmark).
 */
public final class PayloadReader extends JsonDeserializer<JsonNode> {

    /** The reader's attribute that names the payload's class. */
    static final String PAYLOAD_CLASS = "budget.payload-class";

    @Override
    public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        Object payloadClass = context.getAttribute(PAYLOAD_CLASS);
        if (payloadClass instanceof Class<?> type) {
            return new POJONode(context.readValue(parser, type));
        }
        return context.readTree(parser);
    }

    /** A JSON null is a null node, as Jackson's own reader of trees gives it. */
    @Override
    public JsonNode getNullValue(DeserializationContext context) {
        return NullNode.getInstance();
    }

    /** A missing payload stays null. */
    @Override
    public Object getAbsentValue(DeserializationContext context) {
        return null;
    }
}
