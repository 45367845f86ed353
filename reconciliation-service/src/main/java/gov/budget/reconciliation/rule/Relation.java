package gov.budget.reconciliation.rule;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's comparison that is a plain relation of {@code actual} and {@code expected}
 * ({@code actual <= expected}), as every rule file writes it today. It is judged with
 * {@link BigDecimal#compareTo}, which is what EvalEx does for these operators, without building an
 * evaluation of the expression for each of a budget's hundreds of comparisons. Any other expression
 * is an {@link EvaluatedExpression}.
 */
enum Relation implements Judgement {
    EQUAL("=="), NOT_EQUAL("!="), AT_MOST("<="), AT_LEAST(">="), BELOW("<"), ABOVE(">");

    private static final Pattern PLAIN = Pattern.compile("^\\s*actual\\s*(==|!=|<=|>=|<|>)\\s*expected\\s*$");

    private final String operator;

    Relation(String operator) {
        this.operator = operator;
    }

    /** The relation the expression states, or empty when it is anything else. */
    static Optional<Relation> of(String expression) {
        Matcher m = PLAIN.matcher(expression);
        if (!m.matches()) {
            return Optional.empty();
        }
        for (Relation relation : values()) {
            if (relation.operator.equals(m.group(1))) {
                return Optional.of(relation);
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean holds(BigDecimal actual, BigDecimal expected) {
        int order = actual.compareTo(expected);
        return switch (this) {
            case EQUAL -> order == 0;
            case NOT_EQUAL -> order != 0;
            case AT_MOST -> order <= 0;
            case AT_LEAST -> order >= 0;
            case BELOW -> order < 0;
            case ABOVE -> order > 0;
        };
    }
}
