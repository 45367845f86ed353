package gov.budget.reconciliation.finding;

import gov.budget.reconciliation.rule.FindingDraft;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps one finding per (budget, rule, location) up to date with an evaluation's drafts: a new
 * draft opens a finding, a changed one updates it, a resolved one that appears again is reopened,
 * and an open finding that no draft repeats is resolved. Every step is written to its history and published.
 */
@ApplicationScoped
public class FindingRecorder {

    @Inject
    FindingEvents events;

    /** What an evaluation changed. */
    public record Changes(int opened, int resolved) {
    }

    /** Records the drafts of {@code evaluatedRules} for one budget; findings of other rules are left as they are. */
    public Changes record(String deptCode, int fiscalYear, Collection<String> evaluatedRules, List<FindingDraft> drafts,
                          Instant now) {
        Map<String, Finding> existing = new HashMap<>();
        for (Finding finding : Finding.ofBudget(deptCode, fiscalYear)) {
            if (evaluatedRules.contains(finding.ruleId)) {
                existing.put(finding.ruleId + "|" + finding.locationKey, finding);
            }
        }
        int opened = 0;
        int resolved = 0;
        // explanations that stop standing, lapsed together in one statement at the end
        List<Finding> lapsing = new ArrayList<>();
        for (FindingDraft draft : drafts) {
            Finding finding = existing.remove(draft.ruleId() + "|" + draft.location());
            if (finding == null) {
                finding = open(deptCode, fiscalYear, draft, now);
                events.changed(finding, FindingChange.record(finding, FindingChange.Kind.OPENED, now));
                opened++;
            } else if (finding.status == FindingStatus.RESOLVED) {
                lapsing.add(finding);
                update(finding, draft, now);
                finding.status = FindingStatus.OPEN;
                finding.resolvedAt = null;
                events.changed(finding, FindingChange.record(finding, FindingChange.Kind.REOPENED, now));
                opened++;
            } else if (differs(finding, draft)) {
                // an explanation explained the old numbers
                lapsing.add(finding);
                update(finding, draft, now);
                events.changed(finding, FindingChange.record(finding, FindingChange.Kind.CHANGED, now));
            } else {
                finding.lastSeenAt = now;
            }
        }
        for (Finding gone : existing.values()) {
            if (gone.status == FindingStatus.OPEN) {
                lapsing.add(gone);
                gone.status = FindingStatus.RESOLVED;
                gone.resolvedAt = now;
                events.changed(gone, FindingChange.record(gone, FindingChange.Kind.RESOLVED, now));
                resolved++;
            }
        }
        FindingExplanation.lapse(lapsing, now);
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
        finding.persist();
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
