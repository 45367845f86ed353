package gov.budget.console.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/** A service's answer as a page uses it: its status and, when it has one, its JSON. */
public record ApiAnswer(int status, JsonNode body) {

    /** Amounts are read as BigDecimal, never through a double. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    public static ApiAnswer of(Response response) {
        try (response) {
            String text = response.hasEntity() ? response.readEntity(String.class) : "";
            return new ApiAnswer(response.getStatus(), text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException("a service answered something that is not JSON", e);
        }
    }

    /** The answer of a call, or 503 when the service cannot be reached: a page shows what the others answered. */
    public static ApiAnswer ofReachable(Supplier<Response> call) {
        try {
            return of(call.get());
        } catch (ProcessingException e) {
            return new ApiAnswer(503, JSON.createObjectNode().put("detail", "service unreachable: " + e.getMessage()));
        }
    }

    public boolean ok() {
        return status == 200;
    }

    /** What the service said when it refused, for the page to show. */
    public String refusal() {
        return body.path("detail").asText(body.path("title").asText("HTTP " + status));
    }
}
