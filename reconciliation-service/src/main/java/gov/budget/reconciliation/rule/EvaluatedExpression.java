package gov.budget.reconciliation.rule;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.parser.ParseException;

import java.math.BigDecimal;

/** A rule's expression as EvalEx evaluates it: BigDecimal arithmetic, never double, whatever the expression says. */
final class EvaluatedExpression implements Judgement {

    /**
     * EvalEx's default configuration, built once: building it (every operator and function) for each
     * comparison was half of reconciliation's CPU time (JFR, change-to-finding benchmark).
     */
    private static final ExpressionConfiguration CONFIGURATION = ExpressionConfiguration.defaultConfiguration();

    private final String text;
    /** The expression parsed once per thread: an EvalEx expression holds its variables, so one thread uses it at a time. */
    private final ThreadLocal<Expression> parsed;

    EvaluatedExpression(String text) {
        this.text = text;
        this.parsed = ThreadLocal.withInitial(() -> new Expression(text, CONFIGURATION));
    }

    @Override
    public boolean holds(BigDecimal actual, BigDecimal expected) {
        try {
            return parsed.get().with("actual", actual).and("expected", expected).evaluate().getBooleanValue();
        } catch (EvaluationException | ParseException e) {
            throw new IllegalArgumentException("cannot evaluate '" + text + "': " + e.getMessage(), e);
        }
    }
}
