package gov.budget.ledger.line;

import gov.budget.ledger.budget.Budget;
import gov.budget.outbox.jdbc.MultiRowSql;
import gov.budget.outbox.jdbc.PooledIds;

import java.util.Arrays;
import java.util.List;

/**
 * A budget locked for a write to one of its tables, with that table's record: read in one locking
 * query and written back in one statement, as plain values. As entities, the budget's locking read,
 * the record's query and Hibernate's flush of their two updates were a third of the ledger's time in
 * a one-cell change (JFR, change benchmark). {@link #budget} and {@link #record} are instances of
 * the entity classes, so that the writer and the events read them as before, but Hibernate does not
 * manage them: nothing of theirs is flushed, and {@link #store} writes them.
 *
 * @param record the table's record; a new one at version 0, without an id, when the table was never written
 */
public record LockedTable(Budget budget, LedgerTable record) {

    /** Both rows locked: the budget's, so that writes to one budget run one after another, and the record's. */
    private static final String SELECT = "SELECT b.id, b.dept_code, b.fiscal_year, b.template_id, b.created_at, b.version, "
            + "b.updated_at, t.id, t.note, t.version, t.updated_at FROM budget b "
            + "LEFT JOIN ledger_table t ON t.budget_id = b.id AND t.table_no = ? "
            + "WHERE b.dept_code = ? AND b.fiscal_year = ? FOR UPDATE";
    /** A multi-table update, which MySQL 8 and MariaDB share: the budget and the record in one round trip. */
    private static final String UPDATE_BOTH = "UPDATE budget b JOIN ledger_table t ON t.id = ? "
            + "SET b.version = ?, b.updated_at = ?, t.note = ?, t.version = ?, t.updated_at = ? WHERE b.id = ?";
    private static final String UPDATE_BUDGET = "UPDATE budget SET version = ?, updated_at = ? WHERE id = ?";
    private static final String INSERT_RECORD = "INSERT INTO ledger_table (id, budget_id, table_no, note, version, updated_at)";

    /** Locks the budget and reads table {@code tableNo}'s record, or 404 when there is no such budget. */
    public static LockedTable require(String deptCode, int fiscalYear, int tableNo) {
        List<LockedTable> found = MultiRowSql.select(SELECT, List.of(tableNo, deptCode, fiscalYear), row -> {
            Budget budget = new Budget();
            budget.id = row.getLong(1);
            budget.deptCode = row.getString(2);
            budget.fiscalYear = row.getInt(3);
            budget.templateId = row.getString(4);
            budget.createdAt = MultiRowSql.RowReader.instant(row, 5);
            budget.version = row.getLong(6);
            budget.updatedAt = MultiRowSql.RowReader.instant(row, 7);
            long recordId = row.getLong(8);
            LedgerTable record = LedgerTable.unsaved(budget, tableNo);
            if (!row.wasNull()) {
                record.id = recordId;
                record.note = row.getString(9);
                record.version = row.getLong(10);
                record.updatedAt = MultiRowSql.RowReader.instant(row, 11);
            }
            return new LockedTable(budget, record);
        });
        return found.stream().findFirst().orElseThrow(() -> Budget.notFound(deptCode, fiscalYear));
    }

    /** Writes the budget's and the record's version, time and note as they now are, inserting a new record. */
    public void store() {
        if (record.id == null) {
            record.id = PooledIds.next(LedgerTable.class);
            MultiRowSql.insert(INSERT_RECORD, "", 6, List.<Object[]>of(
                    new Object[] {record.id, budget.id, record.tableNo, record.note, record.version, record.updatedAt}));
            MultiRowSql.update(UPDATE_BUDGET, List.of(budget.version, budget.updatedAt, budget.id));
            return;
        }
        // a list that holds nulls: the note may be blank
        MultiRowSql.update(UPDATE_BOTH, Arrays.asList(record.id, budget.version, budget.updatedAt, record.note, record.version,
                record.updatedAt, budget.id));
    }
}
