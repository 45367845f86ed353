package gov.budget.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The import of published PDFs through the import service's API: how long one disclosure takes to be
 * read (the service's own parse time, beside the page count), and how long a batch of disclosures takes
 * from the first upload until every one is read. Nothing is committed.
 */
final class PdfImportBenchmark {

    static final String SECTION = "7. PDF import";
    private static final List<String> SAMPLES = List.of("putuo-commerce-2025-budget.pdf", "putuo-commerce-unit-2025-budget.pdf",
            "putuo-office-unit-2025-budget.pdf", "putuo-justice-2026-budget.pdf", "putuo-justice-unit-2026-budget.pdf");

    private final String imports = Env.get("BUDGET_BENCH_IMPORTS", "http://127.0.0.1:8086");
    private final String token;
    private final Path samples;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    PdfImportBenchmark(String token, Path root) {
        this.token = token;
        this.samples = root.resolve("deploy/samples/putuo-pdf");
    }

    void run(Report report, String tag, int batch, int runs, int clients) throws Exception {
        byte[] commerce = Files.readAllBytes(samples.resolve(SAMPLES.get(0)));
        // the first reads warm the service's code paths up
        for (int i = 0; i < 3; i++) {
            awaitRead(upload(commerce, SAMPLES.get(0), tag + "W"));
        }
        List<Double> parse = new ArrayList<>();
        int pages = 0;
        for (int run = 0; run < runs; run++) {
            JsonNode read = awaitRead(upload(commerce, SAMPLES.get(0), tag + "P"));
            parse.add(read.get("parseMillis").asDouble());
            pages = read.get("pageCount").asInt();
        }
        report.figure(SECTION, new Figures("one " + pages + "-page disclosure read (server side)", "ms", parse), "≤ 2,000 ms for 30 pages");
        List<byte[]> documents = new ArrayList<>();
        for (String sample : SAMPLES) {
            documents.add(Files.readAllBytes(samples.resolve(sample)));
        }
        List<Double> batchSeconds = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                List<Future<Long>> uploads = new ArrayList<>();
                for (int i = 0; i < batch; i++) {
                    int which = i % documents.size();
                    uploads.add(pool.submit(() -> upload(documents.get(which), SAMPLES.get(which), tag + "B")));
                }
                List<Long> ids = new ArrayList<>();
                for (Future<Long> upload : uploads) {
                    ids.add(upload.get());
                }
                for (long id : ids) {
                    awaitRead(id);
                }
                batchSeconds.add((System.nanoTime() - start) / 1e9);
            }
        } finally {
            pool.shutdownNow();
        }
        report.figure(SECTION, new Figures(batch + " disclosures uploaded (" + clients + " clients) and read", "s", batchSeconds),
                "≤ 120 s for 100");
    }

    private long upload(byte[] pdf, String fileName, String deptCode) {
        String boundary = "bench" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deptCode\"\r\n\r\n" + deptCode + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(pdf);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(imports + "/imports"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                throw new IllegalStateException("POST /imports answered " + response.statusCode() + ": " + response.body());
            }
            return Json.parse(response.body()).get("id").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private JsonNode awaitRead(long id) {
        JsonNode[] read = new JsonNode[1];
        Awaitility.await("import " + id + " read").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50)).until(() -> {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(imports + "/imports/" + id))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            read[0] = Json.parse(response.body());
            String status = read[0].path("status").asText();
            return !status.equals("RECEIVED") && !status.equals("PARSING");
        });
        if (read[0].path("status").asText().equals("FAILED")) {
            throw new IllegalStateException("import " + id + " failed: " + read[0].path("error").asText());
        }
        return read[0];
    }
}
