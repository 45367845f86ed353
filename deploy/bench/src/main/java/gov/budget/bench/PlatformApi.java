package gov.budget.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

/** The suite's public APIs, called with a bearer token, as another government system would call them. */
final class PlatformApi {

    /** The {@code Prefer} of a writer that needs the new ETag and not the record (RFC 7240); answered with 204. */
    static final String RETURN_MINIMAL = "return=minimal";

    final String ledger;
    final String performance;
    final String procurement;
    final String asset;
    final String reconciliation;
    private final String token;
    private final HttpClient http;

    PlatformApi(String token) {
        this.token = token;
        this.ledger = Env.get("BUDGET_BENCH_LEDGER", "http://127.0.0.1:8081");
        this.performance = Env.get("BUDGET_BENCH_PERFORMANCE", "http://127.0.0.1:8082");
        this.procurement = Env.get("BUDGET_BENCH_PROCUREMENT", "http://127.0.0.1:8083");
        this.asset = Env.get("BUDGET_BENCH_ASSET", "http://127.0.0.1:8084");
        this.reconciliation = Env.get("BUDGET_BENCH_RECONCILIATION", "http://127.0.0.1:8085");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                // daemon threads: the benchmark's JVM ends once the report is written
                .executor(Executors.newFixedThreadPool(8, task -> {
                    Thread thread = new Thread(task, "bench-http");
                    thread.setDaemon(true);
                    return thread;
                }))
                .build();
    }

    /** The response of a write; fails unless it is one of the expected statuses. */
    HttpResponse<String> send(String method, String url, Object body, String ifMatch, int... expected) {
        return send(method, url, body, ifMatch, null, expected);
    }

    /** As above, with a {@code Prefer} header (RFC 7240) when {@code prefer} is not null. */
    HttpResponse<String> send(String method, String url, Object body, String ifMatch, String prefer, int... expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : Json.write(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (prefer != null) {
            request.header("Prefer", prefer);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (int status : expected) {
                if (response.statusCode() == status) {
                    return response;
                }
            }
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    JsonNode get(String url) {
        return Json.parse(send("GET", url, null, null, 200).body());
    }

    /** The JSON of a GET, or null for 404. */
    JsonNode getOrNull(String url) {
        HttpResponse<String> response = send("GET", url, null, null, 200, 404);
        return response.statusCode() == 404 ? null : Json.parse(response.body());
    }
}
