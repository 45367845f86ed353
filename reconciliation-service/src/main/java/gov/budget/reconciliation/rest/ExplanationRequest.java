package gov.budget.reconciliation.rest;

/**
 * An explanation (出错说明) of a WARNING finding.
 *
 * @param author optional; the author is always the signed-in caller (the token's subject), and a
 *               different name here is refused
 * @param reason why the published numbers are right, in words
 */
public record ExplanationRequest(String author, String reason) {
}
