package gov.budget.contracts.ledger;

/**
 * The state of one table of a budget, as carried by a {@code LedgerTableChanged} event: what
 * reconciliation needs beyond the rows themselves to check completeness and empty-table notes.
 *
 * @param templateId the budget's region template
 * @param tableNo    the table number within that template
 * @param title      the table's printed title
 * @param unit       the table's unit, for example 万元
 * @param note       the note printed under the table (注：…), or null
 * @param rowCount   how many rows the table now has; 0 for an empty table
 */
public record LedgerTablePayload(String templateId, int tableNo, String title, String unit, String note, int rowCount) {

    public static final String AGGREGATE_TYPE = "LedgerTable";
    public static final String EVENT_TYPE = "LedgerTableChanged";

    /** The stable aggregate id of a table: {@code deptCode:fiscalYear:tableNo}. */
    public static String aggregateId(String deptCode, int fiscalYear, int tableNo) {
        return deptCode + ":" + fiscalYear + ":" + tableNo;
    }
}
