package gov.budget.web.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract check itself: it passes a response its document allows and fails each kind of
 * mismatch, against a small HTTP server that serves a document and answers as each case needs.
 */
class ContractCheckTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
             "paths": {"/things/{id}": {"get": {"responses": {
               "200": {"description": "a thing", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
               "404": {"description": "none", "content": {"application/problem+json": {"schema": {"type": "object"}}}}}}}},
             "components": {"schemas": {"Thing": {"type": "object", "required": ["name", "note"],
               "properties": {"name": {"type": "string"}, "note": {"type": ["string", "null"]}}}}}}
            """;

    /** What each path answers: status, media type and body. */
    private static final Map<String, String[]> ANSWERS = Map.of(
            "/things/valid", new String[]{"200", "application/json;charset=UTF-8", "{\"name\": \"a\", \"note\": null}"},
            "/things/null-name", new String[]{"200", "application/json", "{\"name\": null, \"note\": \"n\"}"},
            "/things/no-note", new String[]{"200", "application/json", "{\"name\": \"a\"}"},
            "/things/teapot", new String[]{"418", "application/json", "{}"},
            "/things/text", new String[]{"200", "text/plain", "a"},
            "/things/missing", new String[]{"404", "application/problem+json", "{\"status\": 404}"});

    private static HttpServer server;

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/q/openapi", exchange -> answer(exchange, 200, "application/json", DOCUMENT));
        server.createContext("/things/", exchange -> {
            String[] answer = ANSWERS.get(exchange.getRequestURI().getPath());
            answer(exchange, Integer.parseInt(answer[0]), answer[1], answer[2]);
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void aResponseTheDocumentAllowsPasses() {
        assertDoesNotThrow(() -> get("/things/valid"));
        assertDoesNotThrow(() -> get("/things/missing"));
    }

    @Test
    void aNullWhereTheSchemaForbidsItFailsNamingTheField() {
        AssertionError error = assertThrows(AssertionError.class, () -> get("/things/null-name"));
        assertTrue(error.getMessage().contains("$.name: null found, string expected"), error.getMessage());
    }

    @Test
    void aRequiredFieldLeftOutFails() {
        AssertionError error = assertThrows(AssertionError.class, () -> get("/things/no-note"));
        assertTrue(error.getMessage().contains("required property 'note' not found"), error.getMessage());
    }

    @Test
    void aStatusTheOperationDoesNotListFails() {
        AssertionError error = assertThrows(AssertionError.class, () -> get("/things/teapot"));
        assertTrue(error.getMessage().contains("answered 418, which its OpenAPI operation does not list (it lists 200, 404)"),
                error.getMessage());
    }

    @Test
    void aMediaTypeTheResponseDoesNotDeclareFails() {
        AssertionError error = assertThrows(AssertionError.class, () -> get("/things/text"));
        assertTrue(error.getMessage().contains("answered 200 with text/plain, which its OpenAPI response does not declare"),
                error.getMessage());
    }

    private static void get(String path) {
        RestAssured.given().filter(ContractCheck.INSTANCE)
                .get("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static void answer(HttpExchange exchange, int status, String mediaType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", mediaType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
