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
    /** Whether a row written here replaced one the projections held before the batch. */
    private boolean replacedStored;
    /** Whether events of earlier batches waited for the budget's evaluation and are counted here. */
    private boolean waited;
    /** How many events of earlier batches waited for the budget's evaluation. */
    private long waitedEvents;
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

    /** Notes that one of the rows written here replaced a row the projections held before the batch. */
    public void replacedStoredRow() {
        replacedStored = true;
    }

    /**
     * Whether, as far as the batch knows, its rows are the first of the budget: none replaced a stored
     * row, and no earlier batch's events waited for the budget. Then, if the projections hold no other
     * row of it, these rows are the whole budget.
     */
    public boolean firstRowsOfBudget() {
        return !replacedStored && !waited;
    }

    /** How many rows of the budget's own facts were written here, one per aggregate. */
    public long rows() {
        return lines.size() + records.size() + tables.size() + (header == null ? 0 : 1);
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
        waited = true;
        waitedEvents += waitingEvents;
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

    /** How many of {@link #events} earlier batches applied while the budget's evaluation waited. */
    public long waitedEvents() {
        return waitedEvents;
    }

    public Instant firstEventAt() {
        return firstEventAt;
    }

    public Instant lastEventAt() {
        return lastEventAt;
    }
}
