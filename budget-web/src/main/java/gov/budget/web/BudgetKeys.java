package gov.budget.web;

import gov.budget.contracts.problem.FieldViolation;
import gov.budget.web.problem.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The key every service files a budget under: a department code and a fiscal year. */
public final class BudgetKeys {

    private static final Pattern DEPT_CODE = Pattern.compile("[0-9A-Za-z]{1,32}");

    private BudgetKeys() {
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

    /** Throws 400 for the key of a URL when it is malformed. */
    public static void require(String deptCode, int fiscalYear) {
        List<FieldViolation> violations = new ArrayList<>();
        checkDeptCode("deptCode", deptCode, violations);
        checkFiscalYear("fiscalYear", fiscalYear, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
