package gov.budget.ledger.line;

import gov.budget.outbox.jdbc.MultiRowSql;
import gov.budget.outbox.jdbc.PooledIds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes changed ledger lines and their amounts with set-based statements, in the caller's
 * transaction: one multi-row upsert of the lines, one of their amounts, and a delete of the cells
 * blanked, only when some were. As entities, each line and amount was its own insert or update after
 * a dirty check, most of an import's time in the ledger; deleting a changed line's amounts and
 * inserting them again was a statement more for every change of a cell.
 */
public final class LedgerLineRows {

    private static final String UPSERT_HEAD = "INSERT INTO ledger_line (id, budget_id, table_no, row_kind, code, name, position, "
            + "version, deleted, updated_at)";
    private static final String UPSERT_TAIL = "ON DUPLICATE KEY UPDATE row_kind = VALUES(row_kind), name = VALUES(name), "
            + "position = VALUES(position), version = VALUES(version), deleted = VALUES(deleted), updated_at = VALUES(updated_at)";
    private static final String AMOUNT_HEAD = "INSERT INTO ledger_amount (line_id, column_code, amount)";
    private static final String AMOUNT_TAIL = "ON DUPLICATE KEY UPDATE amount = VALUES(amount)";

    private LedgerLineRows() {
    }

    /** A new line's id, from the pooled generator {@link LedgerLine} declares. */
    public static long newId() {
        return PooledIds.next(LedgerLine.class);
    }

    /**
     * The changed lines of one write, gathered table by table and stored together: a budget's import
     * changes nine tables, and writing each table's lines as it came took a seed budget 12 statements
     * for its lines and 12 for their amounts, where all of them at once take 4 and 5.
     */
    public static final class Batch {

        private final long budgetId;
        private final Instant now;
        private final List<Object[]> rows = new ArrayList<>();
        private final List<Object[]> amounts = new ArrayList<>();
        private final List<Object[]> blanked = new ArrayList<>();

        public Batch(long budgetId, Instant now) {
            this.budgetId = budgetId;
            this.now = now;
        }

        /**
         * Adds a table's changed lines as they now are: {@code created} ones are inserted, {@code updated}
         * ones (same id as in {@code before}, their stored versions by id) updated with their amounts
         * replaced; a deleted line keeps no amounts.
         */
        public void add(List<StoredLine> created, List<StoredLine> updated, Map<Long, StoredLine> before) {
            for (List<StoredLine> lines : List.of(created, updated)) {
                for (StoredLine line : lines) {
                    rows.add(new Object[] {line.id(), budgetId, line.tableNo(), line.rowKind(), line.code(), line.name(),
                            line.position(), line.version(), line.deleted(), now});
                    if (!line.deleted()) {
                        for (Map.Entry<String, BigDecimal> amount : line.amounts().entrySet()) {
                            amounts.add(new Object[] {line.id(), amount.getKey(), amount.getValue()});
                        }
                    }
                    StoredLine stored = before.get(line.id());
                    if (stored != null) {
                        stored.amounts().keySet().stream()
                                .filter(column -> line.deleted() || !line.amounts().containsKey(column))
                                .forEach(column -> blanked.add(new Object[] {line.id(), column}));
                    }
                }
            }
        }

        /** Stores the lines added so far in the caller's transaction, lines before their amounts, and forgets them. */
        public void write() {
            MultiRowSql.insert(UPSERT_HEAD, UPSERT_TAIL, 10, rows);
            MultiRowSql.insert(AMOUNT_HEAD, AMOUNT_TAIL, 3, amounts);
            MultiRowSql.deleteEach("ledger_amount", List.of("line_id", "column_code"), blanked);
            rows.clear();
            amounts.clear();
            blanked.clear();
        }
    }
}
