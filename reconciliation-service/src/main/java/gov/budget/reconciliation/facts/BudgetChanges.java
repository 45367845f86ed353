package gov.budget.reconciliation.facts;

import gov.budget.contracts.ledger.BudgetPayload;
import gov.budget.reconciliation.projection.RecordRow;
import gov.budget.reconciliation.rule.RuleInput;
import gov.budget.reconciliation.source.ledger.LedgerLineRow;
import gov.budget.reconciliation.source.ledger.LedgerTableRow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one batch wrote to one budget's projections, in the order it wrote it: the cached model of
 * the budget takes exactly these rows, so that it stays what a read from the database would give.
 * A budget touched only through its department's asset register has no rows of its own here.
 */
public final class BudgetChanges {

    final List<LedgerLineRow> lines = new ArrayList<>();
    final List<RecordRow> records = new ArrayList<>();
    final List<LedgerTableRow> tables = new ArrayList<>();
    BudgetPayload header;
    private Set<RuleInput> inputs = new HashSet<>();
    private long events;
    private Instant firstEventAt;
    private Instant lastEventAt;

    public void line(LedgerLineRow row) {
        lines.add(row);
    }

    public void record(RecordRow row) {
        records.add(row);
    }

    public void table(LedgerTableRow table) {
        tables.add(table);
    }

    public void header(BudgetPayload payload) {
        header = payload;
    }

    /** Counts one applied event and the rule inputs it touched; null inputs touch every rule. */
    public void applied(Instant occurredAt, Set<RuleInput> touched) {
        if (inputs != null) {
            if (touched == null) {
                inputs = null;
            } else {
                inputs.addAll(touched);
            }
        }
        counted(1, occurredAt, occurredAt);
    }

    /**
     * Counts events applied to the budget earlier, while its evaluation waited: they may have touched
     * any rule, so every rule is evaluated.
     */
    public void waitedWith(long waitingEvents, Instant firstOccurredAt, Instant lastOccurredAt) {
        inputs = null;
        counted(waitingEvents, firstOccurredAt, lastOccurredAt);
    }

    private void counted(long count, Instant first, Instant last) {
        events += count;
        if (firstEventAt == null || (first != null && first.isBefore(firstEventAt))) {
            firstEventAt = first;
        }
        if (lastEventAt == null || (last != null && last.isAfter(lastEventAt))) {
            lastEventAt = last;
        }
    }

    /** Whether the budget's own facts changed, rather than only its department's register. */
    public boolean changesFacts() {
        return !lines.isEmpty() || !records.isEmpty() || !tables.isEmpty() || header != null;
    }

    /** The rule inputs the events touched; null when one of them may touch every rule. */
    public Set<RuleInput> inputs() {
        return inputs;
    }

    public long events() {
        return events;
    }

    public Instant firstEventAt() {
        return firstEventAt;
    }

    public Instant lastEventAt() {
        return lastEventAt;
    }
}
