package gov.budget.ledger.validation;

import gov.budget.ledger.problem.InvalidInputException;

import gov.budget.contracts.problem.FieldViolation;

import java.util.List;
import java.util.regex.Pattern;

/** The shape checks that several requests share: department codes, fiscal years and bounded texts. */
public final class TextRules {

    private static final Pattern DEPT_CODE = Pattern.compile("[0-9A-Za-z]{1,32}");

    private TextRules() {
    }

    public static void checkDeptCode(String field, String code, List<FieldViolation> violations) {
        if (code == null || !DEPT_CODE.matcher(code).matches()) {
            violations.add(new FieldViolation(field, code, "a department code is 1 to 32 letters or digits"));
        }
    }

    public static void checkFiscalYear(String field, Integer year, List<FieldViolation> violations) {
        if (year == null || year < 1949 || year > 9999) {
            violations.add(new FieldViolation(field, year == null ? null : String.valueOf(year),
                    "a fiscal year is between 1949 and 9999"));
        }
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

    /** Throws 400 for the key of a URL when it is malformed. */
    public static void requireBudgetKey(String deptCode, int fiscalYear) {
        List<FieldViolation> violations = new java.util.ArrayList<>();
        checkDeptCode("deptCode", deptCode, violations);
        checkFiscalYear("fiscalYear", fiscalYear, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
