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
 * One line of a table as stored, read as plain values: what a PATCH reads of the rows it does not
 * change. Read as entities, with a snapshot of each and of its amounts for dirty checking, a table's
 * lines were a quarter of the ledger's time under a stream of one-cell changes.
 *
 * @param amounts column code to amount; a blank cell is absent
 */
public record StoredLine(long id, RowKind rowKind, String code, String name, int position, long version, boolean deleted,
                         Map<String, BigDecimal> amounts) {

    /** Every line of one table, deleted ones included, with their amounts, in one query. */
    public static List<StoredLine> ofTable(long budgetId, int tableNo) {
        Map<Long, StoredLine> lines = new LinkedHashMap<>();
        MultiRowSql.select("SELECT l.id, l.row_kind, l.code, l.name, l.position, l.version, l.deleted, a.column_code, a.amount "
                        + "FROM ledger_line l LEFT JOIN ledger_amount a ON a.line_id = l.id "
                        + "WHERE l.budget_id = ? AND l.table_no = ? ORDER BY l.id",
                List.of(budgetId, tableNo), row -> {
                    long id = row.getLong(1);
                    StoredLine line = lines.get(id);
                    if (line == null) {
                        line = new StoredLine(id, RowKind.valueOf(row.getString(2)), row.getString(3), row.getString(4),
                                row.getInt(5), row.getLong(6), row.getBoolean(7), new HashMap<>());
                        lines.put(id, line);
                    }
                    String column = row.getString(8);
                    if (column != null) {
                        line.amounts.put(column, row.getBigDecimal(9));
                    }
                    return line;
                });
        return new ArrayList<>(lines.values());
    }
}
