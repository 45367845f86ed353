package gov.budget.reconciliation.rest;

import gov.budget.reconciliation.finding.FindingChange;
import gov.budget.reconciliation.finding.FindingExplanation;
import gov.budget.reconciliation.rule.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One finding with its whole history: each evaluation that opened, changed, resolved or reopened it,
 * with its numbers then, and each explanation given and lapsed, oldest first.
 */
public record FindingHistoryView(FindingView finding, List<Step> history) {

    /** What happened to a finding, in the order that steps at the same instant happen in. */
    public enum StepKind {
        OPENED, REOPENED, EXPLAINED, CHANGED, LAPSED, RESOLVED
    }

    /**
     * One step. An evaluation's step carries the severity and numbers the finding had then; an
     * explanation's step carries its author and reason.
     */
    public record Step(StepKind kind,
                       Instant at,
                       @Schema(nullable = true) Severity severity,
                       @Schema(nullable = true) BigDecimal expected,
                       @Schema(nullable = true) BigDecimal actual,
                       @Schema(nullable = true) BigDecimal difference,
                       @Schema(nullable = true) String author,
                       @Schema(nullable = true) String reason) {
    }

    static FindingHistoryView of(FindingView finding, List<FindingChange> changes, List<FindingExplanation> explanations) {
        List<Step> steps = new ArrayList<>();
        for (FindingChange change : changes) {
            steps.add(new Step(StepKind.valueOf(change.kind.name()), change.changedAt, change.severity, FindingView.plain(change.expected),
                    FindingView.plain(change.actual), FindingView.plain(change.difference), null, null));
        }
        for (FindingExplanation explanation : explanations) {
            steps.add(new Step(StepKind.EXPLAINED, explanation.explainedAt, null, null, null, null, explanation.author, explanation.reason));
            if (explanation.lapsedAt != null) {
                steps.add(new Step(StepKind.LAPSED, explanation.lapsedAt, null, null, null, null, explanation.author, explanation.reason));
            }
        }
        // steps at the same instant (a database may keep whole seconds): an explanation follows the opening it explains,
        // and a change that lapses it comes after it
        steps.sort(Comparator.comparing(Step::at).thenComparing(Step::kind));
        return new FindingHistoryView(finding, steps);
    }
}
