package gov.budget.reconciliation.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates a rule on a budget's facts: its checks compute the comparisons, its expression says whether
 * each holds (a {@link Judgement}: BigDecimal throughout, never double), and the tolerance policy (§8) turns a
 * small gap into an INFO rounding residual (尾差) instead of the rule's severity.
 */
public final class RuleEngine {

    /** Hebei and Shanghai both publish to 2 decimals: u is 0.01 in the compared unit. */
    private static final BigDecimal LAST_PLACE = new BigDecimal("0.01");

    private RuleEngine() {
    }

    public static RuleOutcome evaluate(RuleDefinition rule, BudgetFacts facts) {
        int checks = 0;
        List<FindingDraft> findings = new ArrayList<>();
        Set<String> locations = new HashSet<>();
        for (int index = 0; index < rule.checks().size(); index++) {
            CheckSpec check = rule.checks().get(index);
            String comparison = check.comparison() != null ? check.comparison() : rule.comparison();
            Severity severity = check.severity() != null ? check.severity() : rule.severity();
            for (Comparison compared : check.compare(facts)) {
                checks++;
                // two checks of a rule may compare the same cell with different counterparts: keep their findings apart
                String at = compared.location();
                String location = locations.add(at) ? at : at + "#" + (index + 1);
                judge(rule, compared, location, comparison, severity).ifPresent(findings::add);
            }
        }
        return new RuleOutcome(rule.id(), checks, findings);
    }

    /** Fails fast on an expression the library cannot parse, when a rule file is loaded. */
    public static void checkExpression(String ruleId, String expression) {
        try {
            new EvaluatedExpression(expression).holds(BigDecimal.ONE, BigDecimal.ONE);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("rule " + ruleId + ": " + e.getMessage(), e);
        }
    }

    private static Optional<FindingDraft> judge(RuleDefinition rule, Comparison compared, String location, String comparison,
                                                Severity severity) {
        Tolerance tolerance = toleranceFor(rule, compared);
        BigDecimal gap = compared.actual().subtract(compared.expected());
        if (!Judgement.of(comparison).holds(compared.actual(), compared.expected())) {
            boolean residual = tolerance.isRoundingResidual(gap);
            return Optional.of(draft(rule, compared, location, residual ? Severity.INFO : severity, tolerance, residual));
        }
        for (RuleDefinition.ConditionalFlag flag : rule.alsoFlag()) {
            if (Judgement.of(flag.when()).holds(compared.actual(), compared.expected())) {
                return Optional.of(draft(rule, compared, location, flag.severity(), tolerance, false));
            }
        }
        return Optional.empty();
    }

    private static Tolerance toleranceFor(RuleDefinition rule, Comparison compared) {
        if (compared.what() != null) {
            return Tolerance.exact();
        }
        boolean rounded = rule.tolerance() == RuleDefinition.ToleranceMode.ROUNDED || compared.converted();
        if (rounded && compared.bound() != null) {
            return Tolerance.of(compared.bound());
        }
        return rounded ? Tolerance.roundedSum(LAST_PLACE, compared.parts()) : Tolerance.exact();
    }

    private static FindingDraft draft(RuleDefinition rule, Comparison compared, String location, Severity severity,
                                      Tolerance tolerance, boolean residual) {
        BigDecimal difference = compared.actual().subtract(compared.expected());
        String message = fill(rule.message(), Map.of(
                "table", compared.tableNo() == null ? "" : String.valueOf(compared.tableNo()),
                "code", compared.rowCode() == null ? "" : compared.rowCode(),
                "name", compared.name() == null ? "" : compared.name(),
                "column", compared.column() == null ? "" : compared.column(),
                "actual", compared.what() == null ? plain(compared.actual()) : compared.actual().toPlainString(),
                "expected", compared.what() == null ? plain(compared.expected()) : compared.expected().toPlainString(),
                "difference", plain(difference),
                "tolerance", plain(tolerance.bound()),
                "what", compared.what() == null ? "" : compared.what()));
        if (residual) {
            message = "尾差（容差 ±" + plain(tolerance.bound()) + (compared.unit() == null ? "" : " " + compared.unit()) + " 以内）：" + message;
        }
        return new FindingDraft(rule.id(), severity, location, compared.tableNo(), compared.rowCode(), compared.column(),
                compared.expected(), compared.actual(), difference, tolerance.bound(), message);
    }

    private static String fill(String template, Map<String, String> values) {
        String text = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        return text;
    }

    /** An amount as a finance officer reads it: 2 decimals, more only when a conversion made them. */
    private static String plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() <= 2 ? stripped.setScale(2).toPlainString() : stripped.toPlainString();
    }
}
