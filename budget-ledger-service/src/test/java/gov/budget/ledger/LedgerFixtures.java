package gov.budget.ledger;

import io.restassured.http.ContentType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static gov.budget.web.testing.Callers.asFinanceAdmin;


/**
 * The seed department's 2024 disclosure from the project's sample data, and the calls that set a
 * test's own copy of it up under a department code no other test uses.
 */
public final class LedgerFixtures {

    public static final Path SAMPLE = Path.of("..", "deploy", "samples", "323-2024");
    public static final String SEED_DEPT = "323";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private LedgerFixtures() {
    }

    /** A department code not used by any earlier run, so tests never see each other's data. */
    public static String freshDeptCode() {
        return "T" + Long.toString(System.currentTimeMillis(), 36).toUpperCase() + SEQUENCE.incrementAndGet();
    }

    /** The sample's whole-budget import, for the given department. */
    public static String budgetJson(String dept) {
        return read("budget.json").replace("\"deptCode\": \"" + SEED_DEPT + "\"", "\"deptCode\": \"" + dept + "\"");
    }

    /** The sample's department record, under the given code. */
    public static String departmentJson(String dept) {
        return read("department.json").replace("\"code\": \"" + SEED_DEPT + "\"", "\"code\": \"" + dept + "\"");
    }

    /** One table of the sample as a table replace body, {"note": …, "rows": […]}, kept as the sample's text. */
    public static String tableJson(int tableNo) {
        List<String> lines = read("budget.json").lines().toList();
        String start = "{\"tableNo\": " + tableNo + ",";
        int from = 0;
        while (!lines.get(from).strip().startsWith(start)) {
            from++;
        }
        int to = from + 1;
        while (!lines.get(to).strip().equals("]},") && !lines.get(to).strip().equals("]}")) {
            to++;
        }
        String head = lines.get(from).strip().replace(start, "{");
        return head + "\n" + String.join("\n", lines.subList(from + 1, to)) + "\n]}";
    }

    /** Table 3 of the sample with one published cell replaced, as text, exactly as a user would change it. */
    public static String table3WithCell(String before, String after) {
        String json = tableJson(3);
        if (!json.contains(before)) {
            throw new IllegalArgumentException("table 3 of the sample has no " + before);
        }
        return json.replace(before, after);
    }

    public static void createDepartment(String dept) {
        asFinanceAdmin().contentType(ContentType.JSON).body(departmentJson(dept)).post("/departments").then().statusCode(201);
    }

    /** A department and its empty 2024 budget under the Hebei template. */
    public static void createBudget(String dept) {
        createDepartment(dept);
        asFinanceAdmin().contentType(ContentType.JSON)
                .body("{\"deptCode\": \"" + dept + "\", \"fiscalYear\": 2024, \"templateId\": \"hebei-2024\"}")
                .post("/budgets").then().statusCode(201);
    }

    /** A department with the whole sample budget imported; returns the budget's ETag. */
    public static String importSample(String dept) {
        createDepartment(dept);
        return asFinanceAdmin().contentType(ContentType.JSON).body(budgetJson(dept))
                .put("/budgets/{dept}/2024", dept)
                .then().statusCode(200)
                .extract().header("ETag");
    }

    /** The current ETag of one table. */
    public static String tableETag(String dept, int tableNo) {
        return asFinanceAdmin().get("/budgets/{dept}/2024/tables/{no}", dept, tableNo).then().statusCode(200).extract().header("ETag");
    }

    private static String read(String file) {
        Path path = SAMPLE.resolve(file);
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("sample data missing: " + path.toAbsolutePath(), e);
        }
    }
}
