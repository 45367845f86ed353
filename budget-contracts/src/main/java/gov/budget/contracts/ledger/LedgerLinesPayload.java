package gov.budget.contracts.ledger;

import java.util.List;

/**
 * The lines of one table that one write changed, as carried by a {@code LedgerLinesChanged} event
 * when it changed more than one: an import publishes one such event per table (of at most 200
 * lines), where a change of one line publishes a {@code LedgerLineChanged}. The event names the
 * table ({@link LedgerTablePayload#aggregateId}) and the table's version after the write; each entry
 * carries its line's own version, as a {@code LedgerLineChanged} event would, and the event's time.
 */
public record LedgerLinesPayload(int tableNo, List<Entry> lines) {

    public static final String AGGREGATE_TYPE = "LedgerTableLines";
    public static final String EVENT_TYPE = "LedgerLinesChanged";

    /**
     * One changed line.
     *
     * @param version the line's version after the change
     */
    public record Entry(long version, LedgerLinePayload line) {
    }
}
