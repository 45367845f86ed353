package gov.budget.ledger.validation;

import gov.budget.contracts.problem.FieldViolation;

import java.util.List;

/** The text checks that several requests share: required and bounded texts. */
public final class TextRules {

    private TextRules() {
    }

    /** A text of at most {@code max} characters; {@code required} also refuses null and blank. */
    public static void checkText(String field, String text, int max, boolean required, List<FieldViolation> violations) {
        if (text == null || text.isBlank()) {
            if (required) {
                violations.add(new FieldViolation(field, text, field.substring(field.lastIndexOf('.') + 1) + " is required"));
            }
        } else if (text.length() > max) {
            violations.add(new FieldViolation(field, text, "longer than " + max + " characters"));
        }
    }

    public static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
