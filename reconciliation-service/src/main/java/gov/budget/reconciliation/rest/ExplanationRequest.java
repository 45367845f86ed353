package gov.budget.reconciliation.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An explanation (出错说明) of a WARNING finding.
 *
 * @param author optional; the author is always the signed-in caller (the token's subject), and a
 *               different name here is refused
 * @param reason why the published numbers are right, in words
 */
public record ExplanationRequest(String author, @Schema(required = true, maxLength = 2000, pattern = "\\S") String reason) {
}
