package gov.budget.reconciliation.finding;

import gov.budget.reconciliation.rule.FindingDraft;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps one finding per (budget, rule, location) up to date with an evaluation's drafts: a new
 * draft opens a finding, a changed one updates it, a resolved one that appears again is reopened,
 * and an open finding that no draft repeats is resolved. Every step goes to the finding's history and is published.
 */
@ApplicationScoped
public class FindingRecorder {

    /** What an evaluation changed. */
    public record Changes(int opened, int resolved) {
    }

    /**
     * Records the drafts of {@code evaluatedRules} for one budget, whose findings so far are
     * {@code existing}; findings of other rules are left as they are. New findings and the steps of
     * the histories go to {@code writes}, which the caller writes once for all the budgets it evaluates.
     */
    public Changes record(String deptCode, int fiscalYear, Collection<String> evaluatedRules, List<FindingDraft> drafts,
                          List<Finding> existing, FindingWrites writes, Instant now) {
        Map<String, Finding> byLocation = new HashMap<>();
        for (Finding finding : existing) {
            if (evaluatedRules.contains(finding.ruleId)) {
                byLocation.put(finding.ruleId + "|" + finding.locationKey, finding);
            }
        }
        int opened = 0;
        int resolved = 0;
        for (FindingDraft draft : drafts) {
            Finding finding = byLocation.remove(draft.ruleId() + "|" + draft.location());
            if (finding == null) {
                finding = open(deptCode, fiscalYear, draft, now);
                writes.open(finding);
                writes.step(finding, FindingChange.Kind.OPENED, now);
                opened++;
            } else if (finding.status == FindingStatus.RESOLVED) {
                writes.lapse(finding);
                update(finding, draft, now);
                finding.status = FindingStatus.OPEN;
                finding.resolvedAt = null;
                writes.change(finding);
                writes.step(finding, FindingChange.Kind.REOPENED, now);
                opened++;
            } else if (differs(finding, draft)) {
                // an explanation explained the old numbers
                writes.lapse(finding);
                update(finding, draft, now);
                writes.change(finding);
                writes.step(finding, FindingChange.Kind.CHANGED, now);
            } else {
                finding.lastSeenAt = now;
                writes.seenAgain(finding);
            }
        }
        for (Finding gone : byLocation.values()) {
            if (gone.status == FindingStatus.OPEN) {
                writes.lapse(gone);
                gone.status = FindingStatus.RESOLVED;
                gone.resolvedAt = now;
                writes.change(gone);
                writes.step(gone, FindingChange.Kind.RESOLVED, now);
                resolved++;
            }
        }
        return new Changes(opened, resolved);
    }

    private static Finding open(String deptCode, int fiscalYear, FindingDraft draft, Instant now) {
        Finding finding = new Finding();
        finding.deptCode = deptCode;
        finding.fiscalYear = fiscalYear;
        finding.ruleId = draft.ruleId();
        finding.locationKey = draft.location();
        finding.tableNo = draft.tableNo();
        finding.rowCode = draft.rowCode();
        finding.column = draft.column();
        finding.status = FindingStatus.OPEN;
        finding.firstSeenAt = now;
        update(finding, draft, now);
        return finding;
    }

    private static void update(Finding finding, FindingDraft draft, Instant now) {
        finding.severity = draft.severity();
        finding.expected = draft.expected();
        finding.actual = draft.actual();
        finding.difference = draft.difference();
        finding.tolerance = draft.tolerance();
        finding.message = draft.message().length() > 1000 ? draft.message().substring(0, 1000) : draft.message();
        finding.lastSeenAt = now;
    }

    private static boolean differs(Finding finding, FindingDraft draft) {
        return finding.severity != draft.severity()
                || !sameAmount(finding.expected, draft.expected())
                || !sameAmount(finding.actual, draft.actual());
    }

    private static boolean sameAmount(BigDecimal stored, BigDecimal drafted) {
        return Objects.equals(stored, drafted) || (stored != null && drafted != null && stored.compareTo(drafted) == 0);
    }
}
