package gov.budget.reconciliation.rule;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a rule's comparison (or a flag's condition) is judged, made once per expression text: a plain
 * relation of {@code actual} and {@code expected} is a {@link Relation}, anything else an EvalEx
 * {@link EvaluatedExpression}. A rule set has a handful of expressions and a budget hundreds of comparisons.
 */
sealed interface Judgement permits Relation, EvaluatedExpression {

    /** Every expression judged so far, by its text. */
    Map<String, Judgement> MADE = new ConcurrentHashMap<>();

    boolean holds(BigDecimal actual, BigDecimal expected);

    static Judgement of(String expression) {
        return MADE.computeIfAbsent(expression,
                text -> Relation.of(text).<Judgement>map(relation -> relation).orElseGet(() -> new EvaluatedExpression(text)));
    }
}
