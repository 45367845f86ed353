package gov.budget.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark report: printed as it goes, and written as JSON and Markdown at the end. */
final class Report {

    private final Map<String, List<String[]>> sections = new LinkedHashMap<>();
    private final Map<String, List<String>> notes = new LinkedHashMap<>();
    private final ObjectNode json = Json.MAPPER.createObjectNode();

    Report(Map<String, Object> setup) {
        json.put("generatedAt", Instant.now().toString());
        ObjectNode setupNode = json.putObject("setup");
        setup.forEach((k, v) -> setupNode.put(k, String.valueOf(v)));
        json.putObject("figures");
    }

    /** A figure measured several times: median, min, max, and its target when it has one. */
    void figure(String section, Figures figures, String target) {
        String line = String.format(Locale.ROOT, "%s: median %s %s (min %s, max %s, %d runs)%s", figures.name(),
                format(figures.median()), figures.unit(), format(figures.min()), format(figures.max()), figures.runs().size(),
                target == null ? "" : "; target " + target);
        System.out.println("[bench] " + section + " — " + line);
        sections.computeIfAbsent(section, s -> new ArrayList<>()).add(new String[] {figures.name(),
                format(figures.median()) + " " + figures.unit(), format(figures.min()), format(figures.max()),
                String.valueOf(figures.runs().size()), target == null ? "" : target});
        ObjectNode node = ((ObjectNode) json.get("figures")).putObject(section + " / " + figures.name());
        node.put("unit", figures.unit());
        node.put("median", figures.median());
        node.put("min", figures.min());
        node.put("max", figures.max());
        ArrayNode runs = node.putArray("runs");
        figures.runs().forEach(runs::add);
        if (target != null) {
            node.put("target", target);
        }
    }

    /** A single observation (no repetition), such as a count. */
    void fact(String section, String name, String value) {
        System.out.println("[bench] " + section + " — " + name + ": " + value);
        sections.computeIfAbsent(section, s -> new ArrayList<>()).add(new String[] {name, value, "", "", "1", ""});
        ((ObjectNode) json.get("figures")).put(section + " / " + name, value);
    }

    void note(String section, String text) {
        System.out.println("[bench] " + section + " — " + text);
        notes.computeIfAbsent(section, s -> new ArrayList<>()).add(text);
        ((ObjectNode) json.with("notes")).withArray(section).add(text);
    }

    void write(Path directory) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("report.json"), Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json));
            Files.writeString(directory.resolve("report.md"), markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("[bench] report written to " + directory.resolve("report.md") + " and report.json");
    }

    private String markdown() {
        StringBuilder md = new StringBuilder("# Benchmark report\n\n");
        md.append("Generated ").append(json.path("generatedAt").asText()).append(".\n\n| setting | value |\n|---|---|\n");
        json.path("setup").fields().forEachRemaining(e -> md.append("| ").append(e.getKey()).append(" | ").append(e.getValue().asText()).append(" |\n"));
        for (String section : sectionsInOrder()) {
            md.append("\n## ").append(section).append("\n\n");
            List<String[]> rows = sections.getOrDefault(section, List.of());
            if (!rows.isEmpty()) {
                md.append("| figure | median | min | max | runs | target |\n|---|---|---|---|---|---|\n");
                for (String[] row : rows) {
                    md.append("| ").append(String.join(" | ", row)).append(" |\n");
                }
            }
            for (String note : notes.getOrDefault(section, List.of())) {
                md.append("\n").append(note).append("\n");
            }
        }
        return md.toString();
    }

    private List<String> sectionsInOrder() {
        List<String> order = new ArrayList<>(sections.keySet());
        notes.keySet().stream().filter(s -> !order.contains(s)).forEach(order::add);
        return order;
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.3g", value);
    }
}
