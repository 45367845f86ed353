package gov.budget.contracts.code;

import java.util.Optional;
import java.util.regex.Pattern;

/** Economic classification codes (部门预算支出经济分类科目): 类 has 3 digits and 款 5. */
public final class EconomicCode {

    private static final Pattern SHAPE = Pattern.compile("\\d{3}|\\d{5}");

    private EconomicCode() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && SHAPE.matcher(code).matches();
    }

    /** The 类 of a 款, or empty for a 类. */
    public static Optional<String> parent(String code) {
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("not an economic code: " + code);
        }
        return code.length() == 3 ? Optional.empty() : Optional.of(code.substring(0, 3));
    }
}
