package gov.budget.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bureau console's pages as an officer's browser asks for them: the overview's first page of a
 * year and one department page, each requested in turn and timed from the request to the last byte
 * (on this machine, so the time is the server's), and the weight of each page with its own styles
 * and scripts; ECharts, which the issue leaves out of the weight, is reported apart.
 */
final class ConsolePageBenchmark {

    static final String SECTION = "8. Bureau console";
    private static final int WARM_UP = 5;
    private static final int REQUESTS = 30;
    private static final Pattern TOTAL = Pattern.compile("共 (\\d+) 个部门年度");
    private static final Pattern FIRST_DEPARTMENT = Pattern.compile("<tr data-dept=\"([^\"]+)\">");

    private final String console = Env.get("BUDGET_BENCH_CONSOLE", "http://127.0.0.1:8080");
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    ConsolePageBenchmark(String token) {
        this.token = token;
    }

    void run(Report report, int year, int runs) throws IOException, InterruptedException {
        String overviewPath = "/?year=" + year + "&sort=status";
        String overview = get(overviewPath);
        Matcher total = TOTAL.matcher(overview);
        Matcher first = FIRST_DEPARTMENT.matcher(overview);
        if (!total.find() || !first.find()) {
            report.note(SECTION, "The overview of " + year + " lists no department-year: load budgets first (for example --only ingest).");
            return;
        }
        String departmentPath = "/departments/" + first.group(1) + "/" + year;
        report.fact(SECTION, "department-years of " + year + " in the overview", total.group(1));
        report.figure(SECTION, new Figures("overview, first page of 50, sorted by status", "ms", medians(overviewPath, runs)),
                "≤ 300 ms at 10,000 department-years");
        report.figure(SECTION, new Figures("department page (" + first.group(1) + ")", "ms", medians(departmentPath, runs)), "≤ 200 ms");
        long styles = get("/static/console.css").getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        long scripts = bytes("/static/live.js") + bytes("/static/charts.js");
        report.fact(SECTION, "overview weight: HTML + styles + own scripts", kb(bytes(overviewPath) + styles + scripts) + "; target ≤ 200 KB");
        report.fact(SECTION, "department page weight: HTML + styles + own scripts", kb(bytes(departmentPath) + styles + scripts)
                + "; target ≤ 200 KB");
        report.fact(SECTION, "ECharts (echarts.common.min.js, not counted above)", kb(bytes("/webjars/echarts/dist/echarts.common.min.js")));
    }

    /** Per run, the median time of {@link #REQUESTS} requests, after a warm-up. */
    private List<Double> medians(String path, int runs) throws IOException, InterruptedException {
        for (int i = 0; i < WARM_UP; i++) {
            get(path);
        }
        List<Double> medians = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                long start = System.nanoTime();
                get(path);
                times.add((System.nanoTime() - start) / 1e6);
            }
            times.sort(Double::compare);
            medians.add(times.get(times.size() / 2));
        }
        return medians;
    }

    private long bytes(String path) throws IOException, InterruptedException {
        return send(path).body().length;
    }

    private String get(String path) throws IOException, InterruptedException {
        return new String(send(path).body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> send(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(console + path)).header("Cookie", "budget_session=" + token).GET().build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response;
    }

    private static String kb(long bytes) {
        return String.format("%.1f KB", bytes / 1024.0);
    }
}
