package gov.budget.web;

import gov.budget.contracts.problem.FieldViolation;
import gov.budget.web.problem.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The key every service files a budget under: a department code and a fiscal year. */
public final class BudgetKeys {

    /**
     * The one form of a department code: ASCII digits and capital letters. The database compares
     * codes as bytes, and the callers' tokens name them exactly, so "777x", "777 " and full-width
     * "７７７" are refused rather than taken for 777X or 777.
     */
    public static final String DEPT_CODE_PATTERN = "^[0-9A-Z]{1,32}$";
    private static final Pattern DEPT_CODE = Pattern.compile(DEPT_CODE_PATTERN);
    public static final int FIRST_FISCAL_YEAR = 1949;
    public static final int LAST_FISCAL_YEAR = 9999;

    private BudgetKeys() {
    }

    public static void checkDeptCode(String field, String code, List<FieldViolation> violations) {
        if (code == null || !DEPT_CODE.matcher(code).matches()) {
            violations.add(new FieldViolation(field, code, "a department code is 1 to 32 digits or capital letters (A-Z)"));
        }
    }

    public static void checkFiscalYear(String field, Integer year, List<FieldViolation> violations) {
        if (year == null || year < FIRST_FISCAL_YEAR || year > LAST_FISCAL_YEAR) {
            violations.add(new FieldViolation(field, year == null ? null : String.valueOf(year),
                    "a fiscal year is between 1949 and 9999"));
        }
    }

    /**
     * A filter to one budget: both parts of its key, or neither for every budget; 400 when only one
     * is given, rather than a filter that is silently ignored.
     */
    public static boolean oneBudget(String deptCode, Integer fiscalYear) {
        if ((deptCode == null) != (fiscalYear == null)) {
            throw InvalidInputException.of(deptCode == null ? "deptCode" : "fiscalYear", null,
                    "give both deptCode and fiscalYear for one budget, or neither for all budgets");
        }
        return deptCode != null;
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
