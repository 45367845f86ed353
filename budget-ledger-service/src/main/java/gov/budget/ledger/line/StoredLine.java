package gov.budget.ledger.line;

import gov.budget.contracts.ledger.RowKind;
import gov.budget.outbox.jdbc.MultiRowSql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of a table as stored, read and written as plain values. Read as entities, with a
 * snapshot of each line and of its amounts for dirty checking, a table's lines were a quarter of
 * the ledger's time under a stream of one-cell changes, and their inserts a third of an import's.
 *
 * @param amounts column code to amount; a blank cell is absent
 */
public record StoredLine(long id, int tableNo, RowKind rowKind, String code, String name, int position, long version,
                         boolean deleted, Map<String, BigDecimal> amounts) {

    private static final String SELECT = "SELECT l.id, l.table_no, l.row_kind, l.code, l.name, l.position, l.version, l.deleted, "
            + "a.column_code, a.amount FROM ledger_line l LEFT JOIN ledger_amount a ON a.line_id = l.id ";

    /** Every line of one table, deleted ones included, with their amounts, in one query. */
    public static List<StoredLine> ofTable(long budgetId, int tableNo) {
        return read(SELECT + "WHERE l.budget_id = ? AND l.table_no = ? ORDER BY l.id", List.of(budgetId, tableNo));
    }

    /** Every line of a budget, deleted ones included, with their amounts, in one query. */
    public static List<StoredLine> ofBudget(long budgetId) {
        return read(SELECT + "WHERE l.budget_id = ? ORDER BY l.id", List.of(budgetId));
    }

    private static List<StoredLine> read(String sql, List<Object> parameters) {
        Map<Long, StoredLine> lines = new LinkedHashMap<>();
        MultiRowSql.select(sql, parameters, row -> {
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
