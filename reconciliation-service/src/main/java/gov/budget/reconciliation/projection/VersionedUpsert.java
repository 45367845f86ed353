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
 * <p>A row is known by {@code aggregate_id}, unique either alone or within a kind column
 * ({@code aggregate_type} of the record projection); a row's key is then {@code kind|id}. The stored
 * rows are read by the columns of a unique index of the table that end in {@code aggregate_id}, all
 * of a batch in one list of row constructors: the ledger's projections by their primary key (the
 * budget and the aggregate id), so that they need no second, unique index on the aggregate id alone.
 *
 * @param <R> one row
 */
public final class VersionedUpsert<R> {

    /** The version an owning service gives an aggregate it creates. */
    private static final long FIRST_VERSION = 1;

    private final String selectStored;
    /** Where each lookup column stands among the table's columns. */
    private final int[] lookupPlaces;
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
     * @param lookup  the columns of a unique index of the table, ending in {@code aggregate_id}, by which the stored
     *                rows are read and locked; each one of {@code columns}
     * @param kind    a row's kind, or null when {@code aggregate_id} is unique alone
     * @param values  a row's values in the order of {@code columns}
     */
    public VersionedUpsert(String table, List<String> columns, List<String> lookup, Function<R, String> kind, Function<R, String> id,
                           ToLongFunction<R> version, Function<R, Object[]> values) {
        if (lookup.isEmpty() || !lookup.get(lookup.size() - 1).equals("aggregate_id") || !columns.containsAll(lookup)) {
            throw new IllegalArgumentException("lookup " + lookup + " must be columns of " + table + " ending in aggregate_id");
        }
        this.selectStored = "SELECT " + (kind == null ? "" : columns.get(0) + ", ") + "aggregate_id, version FROM " + table
                + " WHERE (" + String.join(", ", lookup) + ") IN (?) FOR UPDATE";
        this.lookupPlaces = lookup.stream().mapToInt(columns::indexOf).toArray();
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
        List<String> keys = new ArrayList<>(newest.keySet());
        List<R> candidates = new ArrayList<>(newest.values());
        List<Object[]> candidateValues = new ArrayList<>(candidates.size());
        List<Object[]> lookups = new ArrayList<>(candidates.size());
        for (R row : candidates) {
            Object[] all = values.apply(row);
            candidateValues.add(all);
            Object[] lookup = new Object[lookupPlaces.length];
            for (int i = 0; i < lookupPlaces.length; i++) {
                lookup[i] = all[lookupPlaces[i]];
            }
            lookups.add(lookup);
        }
        boolean[] inserted = insertFirstVersions(candidates, candidateValues);
        List<Object[]> toRead = new ArrayList<>(lookups.size());
        for (int i = 0; i < candidates.size(); i++) {
            if (!inserted[i]) {
                toRead.add(lookups.get(i));
            }
        }
        Map<String, Long> stored = new HashMap<>();
        MultiRowSql.selectIn(selectStored, List.of(), toRead, kind == null
                ? row -> stored.put(row.getString(1), row.getLong(2))
                : row -> stored.put(key(row.getString(1), row.getString(2)), row.getLong(3)));
        List<R> newer = new ArrayList<>();
        List<Object[]> newerValues = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Long current = stored.get(keys.get(i));
            if (inserted[i]) {
                newer.add(candidates.get(i));
            } else if (current == null || version.applyAsLong(candidates.get(i)) > current) {
                newer.add(candidates.get(i));
                newerValues.add(candidateValues.get(i));
            }
        }
        MultiRowSql.insert(head, tail, columns, newerValues);
        return new Written<>(newer, stored);
    }

    /**
     * Inserts the candidates at their first version without reading their keys first, where none of
     * them is stored yet: an import of new budgets, or a replay into empty projections, is all first
     * versions, and a locking read of their keys found none of them (a tenth of the database's CPU a
     * line in the ingest benchmark). When one is stored
     * (a repeated event), none is inserted here and all are compared with the stored rows as the
     * others are. Returns which candidates were inserted.
     */
    private boolean[] insertFirstVersions(List<R> candidates, List<Object[]> candidateValues) {
        boolean[] firsts = new boolean[candidates.size()];
        List<Object[]> firstValues = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (version.applyAsLong(candidates.get(i)) == FIRST_VERSION) {
                firsts[i] = true;
                firstValues.add(candidateValues.get(i));
            }
        }
        return !firstValues.isEmpty() && MultiRowSql.insertUnlessStored(head, columns, firstValues) ? firsts
                : new boolean[candidates.size()];
    }

    private String keyOf(R row) {
        return key(kind == null ? null : kind.apply(row), id.apply(row));
    }
}
