package gov.budget.contracts.performance;

import java.time.Instant;
import java.util.List;

/**
 * The project sheets that one import of a budget's goals and sheets changed, as carried by a
 * {@code ProjectSheetsChanged} event when it changed more than one: an import publishes one such
 * event (of at most 200 sheets), where a change of one sheet publishes a
 * {@code ProjectSheetChanged}. The event names the budget's plan ({@link #aggregateId}) and the
 * plan's version after the import; each entry carries its sheet's own version and time, as a
 * {@code ProjectSheetChanged} event would.
 */
public record ProjectSheetsPayload(List<Entry> sheets) {

    public static final String AGGREGATE_TYPE = "PerformancePlanSheets";
    public static final String EVENT_TYPE = "ProjectSheetsChanged";

    /** The plan of a department-year: {@code deptCode:fiscalYear}. */
    public static String aggregateId(String deptCode, int fiscalYear) {
        return deptCode + ":" + fiscalYear;
    }

    /**
     * One changed sheet.
     *
     * @param version   the sheet's version after the change
     * @param updatedAt when the sheet was changed
     */
    public record Entry(long version, Instant updatedAt, ProjectSheetPayload sheet) {
    }
}
