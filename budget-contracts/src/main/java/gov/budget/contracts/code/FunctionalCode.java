package gov.budget.contracts.code;

import java.util.Optional;

/**
 * Functional classification codes (支出功能分类科目): 类 has 3 digits, 款 5 and 项 7.
 * A 款 belongs to the 类 that is its 3-digit prefix, a 项 to the 款 that is its 5-digit prefix.
 */
public final class FunctionalCode {

    private FunctionalCode() {
    }

    public static boolean isWellFormed(String code) {
        // a loop, not a regular expression: the rules ask this of every row they read
        return code != null && Digits.only(code, 3, 5, 7);
    }

    /** 1 for 类, 2 for 款, 3 for 项. */
    public static int level(String code) {
        requireWellFormed(code);
        return switch (code.length()) {
            case 3 -> 1;
            case 5 -> 2;
            default -> 3;
        };
    }

    /** The code one level up, or empty for a 类. */
    public static Optional<String> parent(String code) {
        requireWellFormed(code);
        return code.length() == 3 ? Optional.empty() : Optional.of(code.substring(0, code.length() - 2));
    }

    private static void requireWellFormed(String code) {
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("not a functional code: " + code);
        }
    }
}
