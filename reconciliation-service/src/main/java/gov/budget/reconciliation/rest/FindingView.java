package gov.budget.reconciliation.rest;

import gov.budget.reconciliation.finding.Finding;
import gov.budget.reconciliation.finding.FindingExplanation;
import gov.budget.reconciliation.finding.FindingStatus;
import gov.budget.reconciliation.rule.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One relation that does not hold at one location.
 *
 * @param location   {@code table:row:column}, stable across evaluations
 * @param difference actual − expected
 * @param tolerance   the largest gap that would have been a rounding residual (尾差); 0 when compared exactly
 * @param explanation the standing explanation of a WARNING finding, or null
 */
public record FindingView(long id,
                          String ruleId,
                          Severity severity,
                          FindingStatus status,
                          String location,
                          @Schema(nullable = true) Integer table,
                          @Schema(nullable = true) String rowCode,
                          @Schema(nullable = true) String column,
                          @Schema(nullable = true) BigDecimal expected,
                          @Schema(nullable = true) BigDecimal actual,
                          @Schema(nullable = true) BigDecimal difference,
                          @Schema(nullable = true) BigDecimal tolerance,
                          String message,
                          Instant firstSeenAt,
                          Instant lastSeenAt,
                          @Schema(nullable = true) Instant resolvedAt,
                          @Schema(nullable = true) ExplanationView explanation) {

    /** The standing explanation (出错说明) of a WARNING finding. */
    public record ExplanationView(String author, String reason, Instant explainedAt) {

        static ExplanationView of(FindingExplanation explanation) {
            return explanation == null ? null : new ExplanationView(explanation.author, explanation.reason, explanation.explainedAt);
        }
    }

    static FindingView of(Finding f, FindingExplanation explanation) {
        return new FindingView(f.id, f.ruleId, f.severity, f.status, f.locationKey, f.tableNo, f.rowCode, f.column,
                plain(f.expected), plain(f.actual), plain(f.difference), plain(f.tolerance), f.message, f.firstSeenAt,
                f.lastSeenAt, f.resolvedAt, ExplanationView.of(explanation));
    }

    /** 580.210000 as stored reads 580.21; a converted 1.094900 reads 1.0949. */
    static BigDecimal plain(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }
}
