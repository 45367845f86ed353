package gov.budget.ledger.line;

import gov.budget.contracts.ledger.RowKind;
import gov.budget.outbox.jdbc.MultiRowSql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One line of a table as stored, read and written as plain values. Read as entities, with a
 * snapshot of each line and of its amounts for dirty checking, a table's lines were a quarter of
 * the ledger's time under a stream of one-cell changes, and their inserts a third of an import's.
 *
 * @param amounts column code to amount; a blank cell is absent
 */
public record StoredLine(long id, int tableNo, RowKind rowKind, String code, String name, int position, long version,
                         boolean deleted, Map<String, BigDecimal> amounts) {

    private static final String COLUMNS = "SELECT l.id, l.table_no, l.row_kind, l.code, l.name, l.position, l.version, l.deleted, "
            + "a.column_code, a.amount";
    private static final String FROM = " FROM ledger_line l LEFT JOIN ledger_amount a ON a.line_id = l.id ";
    private static final String SELECT = COLUMNS + FROM;
    /**
     * As SELECT, and in column 11 the count of the live lines of a table (its two parameters come
     * first): counted once, in a derived table, where a correlated subquery would be counted again for
     * each of the line's amounts on a server without MariaDB's subquery cache (MySQL 8).
     */
    private static final String SELECT_WITH_LIVE_LINES = COLUMNS + ", live.live_lines" + FROM
            + "CROSS JOIN (SELECT COUNT(*) AS live_lines FROM ledger_line WHERE budget_id = ? AND table_no = ? AND deleted = FALSE) live ";

    /** Every line of one table, deleted ones included, with their amounts, in one query. */
    public static List<StoredLine> ofTable(long budgetId, int tableNo) {
        return read(SELECT + "WHERE l.budget_id = ? AND l.table_no = ? ORDER BY l.id", List.of(budgetId, tableNo));
    }

    /** Every line of a budget, deleted ones included, with their amounts, in one query. */
    public static List<StoredLine> ofBudget(long budgetId) {
        return read(SELECT + "WHERE l.budget_id = ? ORDER BY l.id", List.of(budgetId));
    }

    /** A line found by its code, deleted or not, and how many live lines its table has. */
    public record InTable(StoredLine line, int liveLines) {
    }

    /**
     * One line of a table by its code, deleted or not, with its amounts and its table's count of live
     * lines, in one query; empty when the table never had that code. A one-row change reads this
     * rather than the whole table, whose other rows it neither changes nor needs. The column's collation
     * ignores case, so the code is compared again here, exactly, as a code in a table is.
     */
    public static Optional<InTable> ofRow(long budgetId, int tableNo, String code) {
        int[] liveLines = {0};
        List<StoredLine> found = read(SELECT_WITH_LIVE_LINES + "WHERE l.budget_id = ? AND l.table_no = ? AND l.code = ?",
                List.of(budgetId, tableNo, budgetId, tableNo, code), row -> liveLines[0] = row.getInt(11));
        return found.stream().filter(line -> line.code().equals(code)).findFirst().map(line -> new InTable(line, liveLines[0]));
    }

    private static List<StoredLine> read(String sql, List<Object> parameters) {
        return read(sql, parameters, row -> null);
    }

    /** Reads lines with their amounts, one result row per amount; {@code extra} sees every result row. */
    private static List<StoredLine> read(String sql, List<Object> parameters, MultiRowSql.RowReader<?> extra) {
        Map<Long, StoredLine> lines = new LinkedHashMap<>();
        MultiRowSql.select(sql, parameters, row -> {
            extra.read(row);
            long id = row.getLong(1);
            StoredLine line = lines.get(id);
            if (line == null) {
                line = new StoredLine(id, row.getInt(2), RowKind.valueOf(row.getString(3)), row.getString(4), row.getString(5),
                        row.getInt(6), row.getLong(7), row.getBoolean(8), new HashMap<>());
                lines.put(id, line);
            }
            String column = row.getString(9);
            if (column != null) {
                line.amounts.put(column, row.getBigDecimal(10));
            }
            return line;
        });
        return new ArrayList<>(lines.values());
    }
}
