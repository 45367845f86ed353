package gov.budget.imports.draft;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** A figure of the narrative, as the ledger's import takes it, with where it was printed. */
public record DraftFigure(String code, String label, BigDecimal amount, String unit,
                          @Schema(nullable = true, description = "A comparison's phrase as printed (比2024年预算增加)") String text,
                          Evidence evidence) {
}
