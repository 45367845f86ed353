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
 * Changes to findings that already exist are made on the loaded entities and flushed with the
 * transaction.
 */
final class FindingWrites {

    private static final String INSERT_FINDING = "INSERT INTO finding (dept_code, fiscal_year, rule_id, severity, table_no, "
            + "row_code, column_code, location_key, status, expected, actual, difference, tolerance, message, first_seen_at, "
            + "last_seen_at, resolved_at)";
    private static final String INSERT_CHANGE = "INSERT INTO finding_change (finding_id, change_kind, severity, expected, "
            + "actual, difference, changed_at)";

    private final List<Finding> opened = new ArrayList<>();
    private final List<FindingChange> steps = new ArrayList<>();
    private final List<Finding> lapsing = new ArrayList<>();

    /** A finding seen for the first time; it gets its id when written. */
    void open(Finding finding) {
        opened.add(finding);
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
    }

    private static Object[] row(Finding f) {
        return new Object[] {f.deptCode, f.fiscalYear, f.ruleId, f.severity, f.tableNo, f.rowCode, f.column, f.locationKey,
                f.status, f.expected, f.actual, f.difference, f.tolerance, f.message, f.firstSeenAt, f.lastSeenAt, f.resolvedAt};
    }

    private static Object[] row(FindingChange c) {
        return new Object[] {c.finding.id, c.kind, c.severity, c.expected, c.actual, c.difference, c.changedAt};
    }
}
