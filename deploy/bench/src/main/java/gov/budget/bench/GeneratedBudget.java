package gov.budget.bench;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One department-year for all four services, shaped like the seed, with its amounts multiplied by
 * {@code factor}. {@code injected} is null for a clean budget.
 */
record GeneratedBudget(String deptCode, int fiscalYear, int factor,
                       JsonNode department, JsonNode ledger, JsonNode performance, JsonNode procurement,
                       JsonNode holdings, JsonNode register, ExpectedFinding injected) {

    int ledgerLines() {
        int lines = 0;
        for (JsonNode table : ledger.path("tables")) {
            lines += table.path("rows").size();
        }
        return lines;
    }

    String asOf() {
        return holdings.path("asOf").asText();
    }
}
