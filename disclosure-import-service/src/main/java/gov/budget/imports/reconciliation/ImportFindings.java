package gov.budget.imports.reconciliation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The findings of a committed import's budget, each with the evidence of its cell in the imported document. */
public record ImportFindings(long importId, String deptCode, int fiscalYear, String status,
                             @Schema(nullable = true) Instant evaluatedAt, List<EvidencedFinding> findings) {
}
