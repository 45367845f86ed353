package gov.budget.reconciliation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The seed department's 2024 disclosure, from the project's sample data. */
public final class SampleBudget {

    public static final Path DIRECTORY = Path.of("..", "deploy", "samples", "323-2024");

    private SampleBudget() {
    }

    /** The sample's whole-budget import: every table and the narrative. */
    public static String budgetJson() {
        return read("budget.json");
    }

    /** The sample's whole-budget import, for the given department. */
    public static String budgetJson(String dept) {
        return budgetJson().replace("\"deptCode\": \"323\"", "\"deptCode\": \"" + dept + "\"");
    }

    /** Another sample file of the seed department, as text: procurement.json, performance.json, asset-*.json. */
    public static String file(String name) {
        return read(name);
    }

    /** The sample's department record, under the given code. */
    public static String departmentJson(String dept) {
        return read("department.json").replace("\"code\": \"323\"", "\"code\": \"" + dept + "\"");
    }

    /** Table 3 as a table replace body, {"rows": […]}, kept as the sample's text so that one cell can be replaced. */
    public static String table3Json() {
        List<String> lines = read("budget.json").lines().toList();
        int from = 0;
        while (!lines.get(from).strip().startsWith("{\"tableNo\": 3,")) {
            from++;
        }
        int to = from + 1;
        while (!lines.get(to).strip().startsWith("]}")) {
            to++;
        }
        return "{\"rows\": [\n" + String.join("\n", lines.subList(from + 1, to)) + "\n]}";
    }

    private static String read(String file) {
        Path path = DIRECTORY.resolve(file);
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("sample data missing: " + path.toAbsolutePath(), e);
        }
    }
}
