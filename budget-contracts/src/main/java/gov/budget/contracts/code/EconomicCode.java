package gov.budget.contracts.code;

import java.util.Optional;

/** Economic classification codes (部门预算支出经济分类科目): 类 has 3 digits and 款 5. */
public final class EconomicCode {

    private EconomicCode() {
    }

    public static boolean isWellFormed(String code) {
        // a loop, not a regular expression: the rules ask this of every row they read
        return code != null && Digits.only(code, 3, 5);
    }

    /** The 类 of a 款, or empty for a 类. */
    public static Optional<String> parent(String code) {
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("not an economic code: " + code);
        }
        return code.length() == 3 ? Optional.empty() : Optional.of(code.substring(0, 3));
    }
}
