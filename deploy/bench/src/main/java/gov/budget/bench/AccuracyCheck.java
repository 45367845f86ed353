package gov.budget.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * 6. Accuracy: generated budgets, a share of them with one injected inconsistency each, loaded
 * through all four services; every injected one must be flagged with its rule and location, and a
 * clean budget must have no finding at all.
 */
final class AccuracyCheck {

    private static final Pattern LINE_POSITION = Pattern.compile(":#(\\d+):");

    static final String SECTION = "6. Accuracy";

    private final PlatformApi api;
    private final BudgetGenerator generator;

    AccuracyCheck(PlatformApi api, BudgetGenerator generator) {
        this.api = api;
        this.generator = generator;
    }

    void run(Report report, String tag, int budgets, int clients) throws Exception {
        List<GeneratedBudget> set = IntStream.range(0, budgets).mapToObj(i -> generator.generate(tag + "A", i)).toList();
        Loader loader = new Loader(api);
        loader.departments(set, clients);
        loader.ledgers(set, clients);
        loader.otherServices(set, clients, new LoadSteps());
        Quiet.await(api, 30);

        int injected = 0;
        int flagged = 0;
        int clean = 0;
        int cleanFindings = 0;
        Map<String, int[]> byRule = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (GeneratedBudget budget : set) {
            JsonNode view = api.get(api.reconciliation + "/reconciliations/" + budget.deptCode() + "/" + budget.fiscalYear());
            List<JsonNode> open = new ArrayList<>();
            view.path("findings").forEach(open::add);
            ExpectedFinding expected = budget.injected();
            if (expected == null) {
                clean++;
                cleanFindings += open.size();
                open.forEach(f -> misses.add("clean " + budget.deptCode() + " has " + f.path("ruleId").asText() + " at " + f.path("location").asText()));
                continue;
            }
            injected++;
            int[] counts = byRule.computeIfAbsent(expected.ruleId(), r -> new int[2]);
            counts[0]++;
            String location = resolved(budget, expected.location());
            boolean found = open.stream().anyMatch(f -> f.path("ruleId").asText().equals(expected.ruleId())
                    && f.path("location").asText().equals(location));
            if (found) {
                flagged++;
                counts[1]++;
            } else {
                misses.add(budget.deptCode() + ": " + expected.ruleId() + " at " + location + " (" + expected.description() + ") not flagged");
            }
        }
        report.fact(SECTION, "budgets loaded through the four services", String.valueOf(set.size()));
        report.fact(SECTION, "injected inconsistencies flagged with the right rule and location",
                flagged + " of " + injected + (injected == 0 ? "" : String.format(" (%.1f%%)", 100.0 * flagged / injected)) + "; target 100%");
        report.fact(SECTION, "findings on clean budgets", cleanFindings + " on " + clean + " budgets; target 0");
        StringBuilder rules = new StringBuilder("Injected per relation (flagged/injected): ");
        byRule.forEach((rule, c) -> rules.append(rule).append(' ').append(c[1]).append('/').append(c[0]).append(", "));
        report.note(SECTION, rules.substring(0, rules.length() - 2) + ".");
        misses.stream().limit(20).forEach(m -> report.note(SECTION, "miss: " + m));
    }

    /**
     * A procurement line is located by the id the procurement service gave it on import; the catalogue
     * names it by its position instead ({@code #5}), resolved here from the service's table.
     */
    private String resolved(GeneratedBudget budget, String location) {
        Matcher position = LINE_POSITION.matcher(location);
        if (!position.find()) {
            return location;
        }
        JsonNode table = api.get(api.procurement + "/procurement/" + budget.deptCode() + "/" + budget.fiscalYear());
        for (JsonNode line : table.path("lines")) {
            if (line.path("position").asInt() == Integer.parseInt(position.group(1))) {
                return position.replaceFirst(":" + line.path("id").asText() + ":");
            }
        }
        return location;
    }
}
