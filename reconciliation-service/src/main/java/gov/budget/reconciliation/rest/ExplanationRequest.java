package gov.budget.reconciliation.rest;

/**
 * An explanation (出错说明) of a WARNING finding.
 *
 * @param author who explains it, for example the department's finance officer
 * @param reason why the published numbers are right, in words
 */
public record ExplanationRequest(String author, String reason) {
}
