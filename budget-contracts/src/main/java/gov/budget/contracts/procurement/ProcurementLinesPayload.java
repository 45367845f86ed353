package gov.budget.contracts.procurement;

import java.time.Instant;
import java.util.List;

/**
 * The procurement lines that one import of a budget's table changed, as carried by a
 * {@code ProcurementLinesChanged} event when it changed more than one: an import publishes one such
 * event (of at most 200 lines), where a change of one line publishes a
 * {@code ProcurementLineChanged}. The event names the budget's procurement table
 * ({@link ProcurementTablePayload#aggregateId}) and the table's version after the import; each entry
 * carries its line's own version and time, as a {@code ProcurementLineChanged} event would.
 */
public record ProcurementLinesPayload(List<Entry> lines) {

    public static final String AGGREGATE_TYPE = "ProcurementTableLines";
    public static final String EVENT_TYPE = "ProcurementLinesChanged";

    /**
     * One changed line.
     *
     * @param version   the line's version after the change
     * @param updatedAt when the line was changed
     */
    public record Entry(long version, Instant updatedAt, ProcurementLinePayload line) {
    }
}
