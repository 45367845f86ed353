package gov.budget.reconciliation.projection;

import gov.budget.outbox.jdbc.MultiRowSql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The set-based write of a versioned projection table: per key the newest row of a batch, where it
 * is newer than the stored one, in a few statements whatever the batch's size. The stored rows are
 * locked while they are compared, so that the consumer and a full run's repair never write one row
 * at once; the upsert itself lets the newer version win as well.
 *
 * <p>A table is keyed by {@code aggregate_id}, unique either alone or within a kind column
 * ({@code aggregate_type} of the record projection); a row's key is then {@code kind|id}.
 *
 * @param <R> one row
 */
public final class VersionedUpsert<R> {

    private final String selectStored;
    private final String head;
    private final String tail;
    private final int columns;
    private final Function<R, String> kind;
    private final Function<R, String> id;
    private final ToLongFunction<R> version;
    private final Function<R, Object[]> values;

    /**
     * @param columns the table's columns: the kind column if there is one, then {@code aggregate_id}, then the others,
     *                {@code version} among them
     * @param kind    a row's kind, or null when {@code aggregate_id} is unique alone
     * @param values  a row's values in the order of {@code columns}
     */
    public VersionedUpsert(String table, List<String> columns, Function<R, String> kind, Function<R, String> id, ToLongFunction<R> version,
                    Function<R, Object[]> values) {
        this.selectStored = "SELECT aggregate_id, version FROM " + table + " WHERE "
                + (kind == null ? "" : columns.get(0) + " = ? AND ") + "aggregate_id IN (?) FOR UPDATE";
        this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ")";
        this.tail = MultiRowSql.newerWinsClause(columns.subList(kind == null ? 1 : 2, columns.size()));
        this.columns = columns.size();
        this.kind = kind;
        this.id = id;
        this.version = version;
        this.values = values;
    }

    /** A row's key among the batch's rows and in {@link Written}. */
    public static String key(String kind, String id) {
        return kind == null ? id : kind + "|" + id;
    }

    /** Writes the newest row of each key, where it is newer than the stored one, in the caller's transaction. */
    public Written<R> apply(Collection<R> rows) {
        if (rows.isEmpty()) {
            return new Written<>(List.of(), Map.of());
        }
        Map<String, R> newest = new LinkedHashMap<>();
        for (R row : rows) {
            newest.merge(keyOf(row), row, (a, b) -> version.applyAsLong(b) > version.applyAsLong(a) ? b : a);
        }
        // one IN list per kind
        Map<String, List<String>> idsByKind = new LinkedHashMap<>();
        newest.values().forEach(row -> idsByKind.computeIfAbsent(kind == null ? null : kind.apply(row), k -> new ArrayList<>())
                .add(id.apply(row)));
        Map<String, Long> stored = new HashMap<>();
        idsByKind.forEach((k, ids) -> MultiRowSql.selectIn(selectStored, k == null ? List.of() : List.of(k), ids,
                row -> stored.put(key(k, row.getString(1)), row.getLong(2))));
        List<R> newer = new ArrayList<>();
        newest.forEach((key, row) -> {
            Long current = stored.get(key);
            if (current == null || version.applyAsLong(row) > current) {
                newer.add(row);
            }
        });
        MultiRowSql.insert(head, tail, columns, newer.stream().map(values).toList());
        return new Written<>(newer, stored);
    }

    private String keyOf(R row) {
        return key(kind == null ? null : kind.apply(row), id.apply(row));
    }
}
