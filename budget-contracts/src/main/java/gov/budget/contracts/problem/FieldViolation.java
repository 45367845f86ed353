package gov.budget.contracts.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One rejected input value.
 *
 * @param field   where it was, as a JSON path such as {@code rows[7].amounts.total}
 * @param value   the value as it was sent, or null when it was missing
 * @param message why it was rejected
 */
public record FieldViolation(String field, @Schema(nullable = true) String value, String message) {
}
