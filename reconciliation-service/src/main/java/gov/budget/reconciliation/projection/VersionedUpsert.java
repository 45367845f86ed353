package gov.budget.reconciliation.projection;

import gov.budget.outbox.jdbc.MultiRowSql;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The set-based write of a projection table keyed by a unique {@code aggregate_id}: per key the
 * newest row of a batch, where it is newer than the stored one, in a few statements whatever the
 * batch's size. The stored rows are locked while they are compared, so that the consumer and a full
 * run's repair never write one row at once; the upsert itself lets the newer version win as well.
 *
 * @param <R> one row
 */
final class VersionedUpsert<R> {

    private final String selectStored;
    private final String head;
    private final String tail;
    private final int columns;
    private final Function<R, String> key;
    private final ToLongFunction<R> version;
    private final Function<R, Object[]> values;

    /**
     * @param columns the table's columns, {@code aggregate_id} first and {@code version} among them
     * @param values  a row's values in the order of {@code columns}
     */
    VersionedUpsert(String table, List<String> columns, Function<R, String> key, ToLongFunction<R> version,
                    Function<R, Object[]> values) {
        this.selectStored = "SELECT aggregate_id, version FROM " + table + " WHERE aggregate_id IN (?) FOR UPDATE";
        this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ")";
        this.tail = MultiRowSql.newerWinsClause(columns.subList(1, columns.size()));
        this.columns = columns.size();
        this.key = key;
        this.version = version;
        this.values = values;
    }

    /** Writes the newest row of each key, where it is newer than the stored one, in the caller's transaction. */
    Written<R> apply(Collection<R> rows) {
        if (rows.isEmpty()) {
            return new Written<>(List.of(), Map.of());
        }
        Map<String, R> newest = NewerRows.newestByKey(rows, key, version);
        Map<String, Long> stored = new HashMap<>();
        MultiRowSql.selectIn(selectStored, List.of(), newest.keySet(), row -> stored.put(row.getString(1), row.getLong(2)));
        List<R> newer = NewerRows.above(newest, stored, version);
        MultiRowSql.insert(head, tail, columns, newer.stream().map(values).toList());
        return new Written<>(newer, stored);
    }
}
