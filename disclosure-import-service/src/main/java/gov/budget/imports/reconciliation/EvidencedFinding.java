package gov.budget.imports.reconciliation;

import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.imports.draft.Evidence;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * A finding on an imported budget with where its cell was printed in the imported document: the
 * figure's page, box and text, or the row's when the cell was printed blank.
 */
public record EvidencedFinding(String ruleId, String severity, String status, String location, @Schema(nullable = true) Integer table,
                               @Schema(nullable = true) String rowCode, @Schema(nullable = true) String column,
                               @Schema(nullable = true) BigDecimal expected, @Schema(nullable = true) BigDecimal actual,
                               @Schema(nullable = true) BigDecimal difference, String message,
                               @Schema(nullable = true, description = "Where the cell was printed; none for a figure the import did not read")
                               Evidence evidence) {

    static EvidencedFinding of(JsonNode finding, Evidence evidence) {
        return new EvidencedFinding(finding.path("ruleId").asText(), finding.path("severity").asText(), finding.path("status").asText(),
                finding.path("location").asText(), finding.hasNonNull("table") ? finding.get("table").asInt() : null,
                finding.path("rowCode").asText(null), finding.path("column").asText(null), decimal(finding, "expected"),
                decimal(finding, "actual"), decimal(finding, "difference"), finding.path("message").asText(), evidence);
    }

    private static BigDecimal decimal(JsonNode finding, String field) {
        return finding.hasNonNull(field) ? finding.get(field).decimalValue() : null;
    }
}
