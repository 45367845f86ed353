package gov.budget.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;

/** The seed department's whole disclosure, as deploy/samples/323-2024 holds it: the shape every generated budget copies. */
record SampleDisclosure(JsonNode department, JsonNode ledger, JsonNode performance, JsonNode procurement,
                        JsonNode holdings, JsonNode register) {

    static SampleDisclosure load(Path directory) {
        return new SampleDisclosure(
                Json.read(directory.resolve("department.json")),
                Json.read(directory.resolve("budget.json")),
                Json.read(directory.resolve("performance.json")),
                Json.read(directory.resolve("procurement.json")),
                Json.read(directory.resolve("asset-holdings.json")),
                Json.read(directory.resolve("asset-register.json")));
    }
}
