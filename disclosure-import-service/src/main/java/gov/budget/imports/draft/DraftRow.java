package gov.budget.imports.draft;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import gov.budget.contracts.ledger.RowKind;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a draft table, as the ledger's import takes it, with where each of its values was
 * printed: {@code evidence} holds the name's under {@code "name"} and each amount's under its column code.
 */
public record DraftRow(RowKind kind, @Schema(nullable = true, description = "None for a total") String code, String name, Map<String, BigDecimal> amounts, Map<String, Evidence> evidence) {

    public static DraftRow of(RowKind kind, String code, String name, Evidence nameEvidence) {
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        if (nameEvidence != null) {
            evidence.put("name", nameEvidence);
        }
        return new DraftRow(kind, code, name, new LinkedHashMap<>(), evidence);
    }

    public DraftRow withName(String newName, Evidence nameEvidence) {
        Map<String, Evidence> merged = new LinkedHashMap<>(evidence);
        merged.put("name", nameEvidence);
        return new DraftRow(kind, code, newName, amounts, merged);
    }

    public DraftRow withCode(RowKind newKind, String newCode) {
        return new DraftRow(newKind, newCode, name, amounts, evidence);
    }
}
