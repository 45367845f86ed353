package gov.budget.reconciliation.rule;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A plain relation is judged as EvalEx judges the same expression, and anything else is left to EvalEx. */
class RelationTest {

    private static final List<String> AMOUNTS = List.of("0", "-0.00", "0.01", "-0.01", "1", "1.0", "1.00", "131.92", "131.920",
            "131.93", "9389913.00", "9389913.01", "0.10000000000000000001", "0.1");

    @Test
    void everyPlainRelationAgreesWithEvalExOnEveryPairOfAmounts() {
        List<String> disagreements = new ArrayList<>();
        int judged = 0;
        for (String operator : List.of("==", "!=", "<=", ">=", "<", ">")) {
            String expression = "actual " + operator + " expected";
            Relation relation = Relation.of(expression).orElseThrow();
            for (String actual : AMOUNTS) {
                for (String expected : AMOUNTS) {
                    BigDecimal a = new BigDecimal(actual);
                    BigDecimal e = new BigDecimal(expected);
                    judged++;
                    if (relation.holds(a, e) != new EvaluatedExpression(expression).holds(a, e)) {
                        disagreements.add(actual + " " + operator + " " + expected);
                    }
                }
            }
        }
        assertEquals(6 * AMOUNTS.size() * AMOUNTS.size(), judged);
        assertEquals(List.of(), disagreements);
    }

    @Test
    void theRuleFilesSpacingIsAccepted() {
        assertEquals(Optional.of(Relation.AT_MOST), Relation.of("actual<=expected"));
        assertEquals(Optional.of(Relation.EQUAL), Relation.of("  actual ==  expected "));
    }

    @Test
    void anyOtherExpressionIsLeftToEvalEx() {
        for (String expression : List.of("expected == actual", "actual - expected <= 1", "actual == expected * 2", "actual = expected")) {
            assertTrue(Relation.of(expression).isEmpty(), expression);
        }
        assertTrue(Judgement.of("actual - expected <= 1") instanceof EvaluatedExpression);
        assertTrue(Judgement.of("actual <= expected") instanceof Relation);
        assertTrue(Judgement.of("actual - expected <= 1").holds(new BigDecimal("3"), new BigDecimal("2")));
        assertEquals(false, Judgement.of("actual - expected <= 1").holds(new BigDecimal("4"), new BigDecimal("2")));
    }
}
