package gov.budget.reconciliation.finding;

import gov.budget.outbox.jdbc.MultiRowSql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The writes that evaluations decided, made together: the new findings and the steps of their
 * histories each in multi-row inserts, the events of the steps, and one statement that lapses the
 * explanations that stopped standing. A batch of events evaluates many budgets; a statement per
 * finding and per step, each waiting for its generated id, was most of a finding's cost.
 * Findings that already exist are read read-only ({@link Finding#ofBudgets}) and written here too:
 * the changed ones in one multi-row upsert by id, the ones seen again unchanged in one update of
 * their last sighting. Flushed as entities, they were a statement each, some 30,000 in the
 * throughput benchmark's run.
 */
final class FindingWrites {

    private static final String FINDING_COLUMNS = Finding.COLUMNS;
    private static final String INSERT_FINDING = "INSERT INTO finding (" + FINDING_COLUMNS + ")";
    /** Every column an evaluation changes, replaced by id; the row's identity (budget, rule, location) stays. */
    private static final String UPSERT_CHANGED_HEAD = "INSERT INTO finding (id, " + FINDING_COLUMNS + ")";
    private static final String UPSERT_CHANGED_TAIL = "ON DUPLICATE KEY UPDATE severity = VALUES(severity), status = VALUES(status), "
            + "expected = VALUES(expected), actual = VALUES(actual), difference = VALUES(difference), tolerance = VALUES(tolerance), "
            + "message = VALUES(message), last_seen_at = VALUES(last_seen_at), resolved_at = VALUES(resolved_at)";
    private static final String INSERT_CHANGE = "INSERT INTO finding_change (finding_id, change_kind, severity, expected, "
            + "actual, difference, changed_at)";

    private final List<Finding> opened = new ArrayList<>();
    private final List<FindingChange> steps = new ArrayList<>();
    private final List<Finding> lapsing = new ArrayList<>();
    private final List<Finding> changed = new ArrayList<>();
    private final List<Long> seenAgain = new ArrayList<>();

    /** A finding seen for the first time; it gets its id when written. */
    void open(Finding finding) {
        opened.add(finding);
    }

    /** A stored finding whose status or numbers the evaluation changed. */
    void change(Finding finding) {
        changed.add(finding);
    }

    /** A stored finding the evaluation found again as it stands: only its last sighting moves, to the write's time. */
    void seenAgain(Finding finding) {
        seenAgain.add(finding.id);
    }

    /** A step in a finding's history, written after the finding and published with its id as version. */
    void step(Finding finding, FindingChange.Kind kind, Instant at) {
        steps.add(FindingChange.of(finding, kind, at));
    }

    /** A finding whose explanation, if any, no longer stands: the numbers it explained changed. */
    void lapse(Finding finding) {
        lapsing.add(finding);
    }

    /** Writes everything collected, in an order that gives every step its finding's id first. */
    void write(FindingEvents events, Instant now) {
        long[] findingIds = MultiRowSql.insertReturningIds(INSERT_FINDING, 17, opened.stream().map(FindingWrites::row).toList());
        for (int i = 0; i < findingIds.length; i++) {
            opened.get(i).id = findingIds[i];
        }
        MultiRowSql.insert(UPSERT_CHANGED_HEAD, UPSERT_CHANGED_TAIL, 18, changed.stream().map(FindingWrites::storedRow).toList());
        MultiRowSql.updateIn("UPDATE finding SET last_seen_at = ? WHERE id IN (?)", List.of(now), seenAgain);
        long[] stepIds = MultiRowSql.insertReturningIds(INSERT_CHANGE, 7, steps.stream().map(FindingWrites::row).toList());
        for (int i = 0; i < stepIds.length; i++) {
            FindingChange step = steps.get(i);
            step.id = stepIds[i];
            events.changed(step.finding, step);
        }
        FindingExplanation.lapse(lapsing, now);
        opened.clear();
        steps.clear();
        lapsing.clear();
        changed.clear();
        seenAgain.clear();
    }

    private static Object[] row(Finding f) {
        return new Object[] {f.deptCode, f.fiscalYear, f.ruleId, f.severity, f.tableNo, f.rowCode, f.column, f.locationKey,
                f.status, f.expected, f.actual, f.difference, f.tolerance, f.message, f.firstSeenAt, f.lastSeenAt, f.resolvedAt};
    }

    private static Object[] storedRow(Finding f) {
        return MultiRowSql.prepend(f.id, row(f));
    }

    private static Object[] row(FindingChange c) {
        return new Object[] {c.finding.id, c.kind, c.severity, c.expected, c.actual, c.difference, c.changedAt};
    }
}
