package gov.budget.outbox.jdbc;

import io.quarkus.hibernate.orm.panache.Panache;
import org.hibernate.Session;
import org.hibernate.SharedSessionContract;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Set-based statements on the connection of the current transaction: one multi-row insert or one
 * {@code IN} list per chunk of rows, instead of one statement per row. The outbox, the audit trail
 * and reconciliation's projections are written this way: a bulk change or an event batch holds
 * hundreds of rows, and a statement per row was most of their time. Upserts use
 * {@code INSERT … ON DUPLICATE KEY UPDATE}, which MySQL 8 and MariaDB share.
 */
public final class MultiRowSql {

    /**
     * Rows per multi-row statement at most. Above {@link #EXACT_ROWS}, a statement holds a power of two
     * of rows, so that a connection meets the same few statement texts again and the driver's cache of
     * parsed statements (cachePrepStmts) answers: parsing the text of a statement it had not met was
     * most of the time of an insert of a hundred rows (JFR, province load). A power of two also bounds
     * what the cache holds. A statement sent with its values as literals ({@link SqlLiterals}) is not
     * parsed by the driver, so the cache serves the statements whose values are bound: the batched
     * updates and deletes, and the inserts and {@code IN} lists that keep to binding.
     */
    static final int MAX_ROWS = 128;
    /**
     * Up to this many rows go in one statement of their exact size: the batches of a steady stream of
     * changes are this small, and splitting 19 rows into 16, 2 and 1 tripled the round trips of the
     * consumer's writes, which waited on the database for most of its time (JFR socket reads, changes
     * benchmark). A statement then has at most 34 texts (32 exact sizes, 64 and 128), which the driver's
     * cache of 250 per connection (prepStmtCacheSize) holds for the few statements a hot path runs.
     */
    static final int EXACT_ROWS = 32;
    /** Keys of one {@code IN} list at most, a power of two for the same reason; a shorter list that is bound is padded to one. */
    static final int MAX_KEYS = 512;
    /** Rows of one JDBC batch of an update or delete by key. */
    static final int BATCH = 500;
    /**
     * At most this many bytes of values in one multi-row insert, counted at 3 bytes a character (UTF-8
     * at worst): well under the server's packet limit (max_allowed_packet, 16 MB on MariaDB, 64 MB on MySQL 8).
     */
    static final long MAX_STATEMENT_BYTES = 4L << 20;

    /** MySQL's and MariaDB's error for a second row of one unique key. */
    private static final int DUPLICATE_ENTRY = 1062;
    /** The savepoint of {@link #insertUnlessStored}; setting it again replaces the one before. */
    private static final String UNLESS_STORED = "multi_row_insert_unless_stored";

    private MultiRowSql() {
    }

    /** Reads one result row. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;

        /** The instant in {@code column}, written as {@link #insert} binds one (UTC); null for SQL NULL. */
        static Instant instant(ResultSet row, int column) throws SQLException {
            LocalDateTime utc = row.getObject(column, LocalDateTime.class);
            return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
        }
    }

    /**
     * Inserts {@code rows} with {@code head VALUES (?,…),(?,…)… tail}, one multi-row statement per
     * chunk of rows. The statement is written here rather than left to the driver to rewrite a JDBC
     * batch: to size a batch it rewrites, the driver encodes every value twice, which was a third of
     * reconciliation's time in its inserts (JFR, throughput benchmark). Where every value has a
     * literal, the values are written into the text and the statement is sent as it is
     * ({@link SqlLiterals}): binding a JSON document made the driver escape it character by character.
     *
     * @param head for example {@code INSERT INTO t (a, b)}
     * @param tail for example an {@code ON DUPLICATE KEY UPDATE} clause without parameters, or empty
     */
    public static void insert(String head, String tail, int columns, List<Object[]> rows) {
        insert(Panache.getEntityManager().unwrap(Session.class), head, tail, columns, rows);
    }

    /** As above, on the connection of {@code session}, for code that runs as the session completes its transaction. */
    public static void insert(SharedSessionContract session, String head, String tail, int columns, List<Object[]> rows) {
        insertThen(session, head, tail, columns, rows, null);
    }

    /**
     * As {@link #insert}, into a table whose id is generated, and after each chunk's insert runs
     * {@code afterChunk} on the same connection, its one parameter the chunk's number of rows: it
     * finds the chunk's ids from {@code LAST_INSERT_ID()}, the first of them, as MySQL and MariaDB
     * number the rows of one insert consecutively (by {@code @@auto_increment_increment}). It must
     * change as many rows as the chunk has, or the transaction fails. Reading the ids back through
     * the driver would cost it a scan of the statement's whole text for an update clause.
     */
    public static void insertThen(SharedSessionContract session, String head, String tail, int columns, List<Object[]> rows,
                                  String afterChunk) {
        if (rows.isEmpty()) {
            return;
        }
        work(session, connection -> {
            insertThen(connection, head, tail, columns, rows, afterChunk);
            return null;
        });
    }

    /** As above, on {@code connection}; {@code afterChunk} may be null. */
    static void insertThen(Connection connection, String head, String tail, int columns, List<Object[]> rows, String afterChunk)
            throws SQLException {
        for (List<Object[]> chunk : statementChunks(rows)) {
            insertChunk(connection, head, tail, columns, chunk);
            if (afterChunk != null) {
                try (PreparedStatement statement = connection.prepareStatement(afterChunk)) {
                    statement.setInt(1, chunk.size());
                    int changed = statement.executeUpdate();
                    if (changed != chunk.size()) {
                        throw new SQLException("an insert of " + chunk.size() + " rows was followed by " + changed + " rows of "
                                + afterChunk);
                    }
                }
            }
        }
    }

    /**
     * Inserts {@code rows} as {@link #insert} does, with no update clause, unless a row of the same key
     * is stored already: then none of them is inserted, and the answer is false. For rows that are
     * almost always new, such as the first version of each aggregate, where a read of their keys
     * before writing would find none: a duplicate key takes the inserts back to a savepoint set
     * before them, and the rest of the transaction stands.
     */
    public static boolean insertUnlessStored(String head, int columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return true;
        }
        return work(Panache.getEntityManager().unwrap(Session.class), connection -> insertUnlessStored(connection, head, columns, rows));
    }

    /** As above, on {@code connection}, inside its transaction. */
    static boolean insertUnlessStored(Connection connection, String head, int columns, List<Object[]> rows) throws SQLException {
        try (Statement statement = plainStatement(connection)) {
            statement.execute("SAVEPOINT " + UNLESS_STORED);
            try {
                insertThen(connection, head, "", columns, rows, null);
                return true;
            } catch (SQLException e) {
                if (e.getErrorCode() != DUPLICATE_ENTRY) {
                    throw e;
                }
                statement.execute("ROLLBACK TO SAVEPOINT " + UNLESS_STORED);
                return false;
            }
        }
    }

    /**
     * One chunk's insert: as a plain statement with its values written as literals where they all
     * have one ({@link SqlLiterals}), else as a prepared statement with the values bound.
     */
    private static void insertChunk(Connection connection, String head, String tail, int columns, List<Object[]> chunk)
            throws SQLException {
        String literal = SqlLiterals.multiRowInsert(head, tail, columns, chunk);
        if (literal != null) {
            try (Statement statement = plainStatement(connection)) {
                statement.executeUpdate(literal);
            }
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(multiRowSql(head, tail, columns, chunk.size()))) {
            bindRows(statement, columns, chunk);
            statement.executeUpdate();
        }
    }

    /** A row's values with {@code first} before them: the same row with its key, for an upsert by that key. */
    public static Object[] prepend(Object first, Object[] values) {
        Object[] row = new Object[values.length + 1];
        row[0] = first;
        System.arraycopy(values, 0, row, 1, values.length);
        return row;
    }

    /** {@code head VALUES (?,…),(?,…)… tail} for {@code rows} rows of {@code columns} values. */
    static String multiRowSql(String head, String tail, int columns, int rows) {
        String row = "(" + String.join(",", Collections.nCopies(columns, "?")) + ")";
        return head + " VALUES " + String.join(",", Collections.nCopies(rows, row)) + (tail.isEmpty() ? "" : " " + tail);
    }

    /** Binds the rows' values in order, row after row. */
    static void bindRows(PreparedStatement statement, int columns, List<Object[]> rows) throws SQLException {
        int index = 1;
        for (Object[] values : rows) {
            if (values.length != columns) {
                throw new IllegalArgumentException("a row of " + values.length + " values for " + columns + " columns");
            }
            for (Object value : values) {
                bind(statement, index++, value);
            }
        }
    }

    /**
     * Consecutive runs of the rows, each at most {@link #EXACT_ROWS} rows or a power of two of rows, at
     * most {@link #MAX_ROWS} of them and about {@link #MAX_STATEMENT_BYTES} of values (a row larger than
     * that goes alone). 300 rows are 128, 128, 32 and 12; 19 rows are one statement.
     */
    static List<List<Object[]>> statementChunks(List<Object[]> rows) {
        long[] bytesBefore = new long[rows.size() + 1];
        for (int i = 0; i < rows.size(); i++) {
            bytesBefore[i + 1] = bytesBefore[i] + estimatedBytes(rows.get(i));
        }
        List<List<Object[]>> chunks = new ArrayList<>();
        int from = 0;
        while (from < rows.size()) {
            int left = rows.size() - from;
            int size = left <= EXACT_ROWS ? left : Integer.highestOneBit(Math.min(left, MAX_ROWS));
            while (size > 1 && bytesBefore[from + size] - bytesBefore[from] > MAX_STATEMENT_BYTES) {
                size /= 2;
            }
            chunks.add(rows.subList(from, from + size));
            from += size;
        }
        return chunks;
    }

    private static long estimatedBytes(Object[] row) {
        long bytes = 0;
        for (Object value : row) {
            bytes += value instanceof String text ? 3L * text.length() + 2 : 32;
        }
        return bytes;
    }

    /**
     * Runs one statement once per row of {@code rows}, as one JDBC batch per chunk: for updates and
     * deletes by key, which the driver sends together instead of one round trip each.
     */
    public static void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        work(Panache.getEntityManager().unwrap(Session.class), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int from = 0; from < rows.size(); from += BATCH) {
                    executeChunk(statement, rows.subList(from, Math.min(rows.size(), from + BATCH)));
                }
            }
            return null;
        });
    }

    /** Runs one update or delete with {@code parameters}, bound as {@link #insert} binds values; returns the rows it changed. */
    public static int update(String sql, List<Object> parameters) {
        return work(Panache.getEntityManager().unwrap(Session.class), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bindAll(statement, 1, parameters);
                return statement.executeUpdate();
            }
        });
    }

    /**
     * Deletes the rows of {@code table} whose {@code keyColumns} hold one of {@code keys}, with one
     * {@code DELETE … WHERE (a = ? AND b = ?) OR …} per chunk of keys: for a key of several columns,
     * which an {@code IN} list cannot name, and where a batch of one delete a key, sent one by one,
     * was thousands of round trips a minute. Returns the rows deleted.
     */
    public static int deleteEach(String table, List<String> keyColumns, List<Object[]> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        String one = "(" + keyColumns.stream().map(column -> column + " = ?").collect(Collectors.joining(" AND ")) + ")";
        return work(Panache.getEntityManager().unwrap(Session.class), connection -> {
            int deleted = 0;
            for (List<Object[]> chunk : statementChunks(keys)) {
                try (PreparedStatement statement = connection.prepareStatement("DELETE FROM " + table + " WHERE "
                        + String.join(" OR ", Collections.nCopies(chunk.size(), one)))) {
                    bindRows(statement, keyColumns.size(), chunk);
                    deleted += statement.executeUpdate();
                }
            }
            return deleted;
        });
    }

    /** Runs a query with {@code parameters} and reads every result row. */
    public static <T> List<T> select(String sql, List<Object> parameters, RowReader<T> reader) {
        return work(Panache.getEntityManager().unwrap(Session.class), connection -> select(connection, sql, parameters, reader));
    }

    /** As above, on {@code connection}: outside a transaction, the query needs no statement to begin or end one. */
    public static <T> List<T> select(Connection connection, String sql, List<Object> parameters, RowReader<T> reader)
            throws SQLException {
        List<T> result = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bindAll(statement, 1, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
            }
        }
        return result;
    }

    /**
     * Inserts {@code rows} as {@link #insert} does, into a table whose id is generated, and returns
     * the ids in the order of the rows. The driver reads a multi-row insert's ids from its first
     * one, as MySQL and MariaDB number the rows of one insert consecutively.
     */
    public static long[] insertReturningIds(String head, int columns, List<Object[]> rows) {
        return insertReturningIds(Panache.getEntityManager().unwrap(Session.class), head, columns, rows);
    }

    /** As above, on the connection of {@code session}, for code that runs as the session completes its transaction. */
    public static long[] insertReturningIds(SharedSessionContract session, String head, int columns, List<Object[]> rows) {
        long[] ids = new long[rows.size()];
        if (rows.isEmpty()) {
            return ids;
        }
        work(session, connection -> {
            int next = 0;
            for (List<Object[]> chunk : statementChunks(rows)) {
                try (PreparedStatement statement = connection.prepareStatement(multiRowSql(head, "", columns, chunk.size()),
                        Statement.RETURN_GENERATED_KEYS)) {
                    bindRows(statement, columns, chunk);
                    statement.executeUpdate();
                    try (ResultSet keys = statement.getGeneratedKeys()) {
                        while (keys.next()) {
                            ids[next++] = keys.getLong(1);
                        }
                    }
                }
            }
            if (next != ids.length) {
                throw new SQLException("expected " + ids.length + " generated ids, the driver returned " + next);
            }
            return null;
        });
        return ids;
    }

    /**
     * Runs {@code sql}, whose one {@code IN (?)} list is filled with {@code keys} chunk by chunk, and
     * reads every result row. Parameters before the list come from {@code leading}. A key of several
     * columns is an {@code Object[]} of their values, for a list of row constructors:
     * {@code WHERE (a, b) IN (?)} becomes {@code WHERE (a, b) IN ((?,?),(?,?),…)}, which MySQL 8 and
     * MariaDB both answer from the index on {@code (a, b)}.
     */
    public static <T> List<T> selectIn(String sql, List<Object> leading, Collection<?> keys, RowReader<T> reader) {
        return selectIn(Panache.getEntityManager().unwrap(Session.class), sql, leading, keys, reader);
    }

    /** As above, on the connection of {@code session}. */
    public static <T> List<T> selectIn(SharedSessionContract session, String sql, List<Object> leading, Collection<?> keys,
                                       RowReader<T> reader) {
        List<T> result = new ArrayList<>();
        if (keys.isEmpty()) {
            return result;
        }
        work(session, connection -> {
            forEachChunk(connection, sql, leading, keys, statement -> {
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        result.add(reader.read(rows));
                    }
                }
            });
            return null;
        });
        return result;
    }

    /**
     * Runs the query {@code part} once for each row of {@code parameters}, joined by {@code UNION ALL}
     * into one statement per chunk of rows, and reads every result row. For a query an {@code IN}
     * list cannot answer by index alone, such as the newest row of each key: each part
     * {@code (SELECT … WHERE k = ? ORDER BY id DESC LIMIT 1)} reads one index entry, where a
     * {@code GROUP BY k} over the list reads every row of every key.
     *
     * @param part a parenthesised query whose parameters are one row of {@code parameters}
     */
    public static <T> List<T> selectEach(SharedSessionContract session, String part, int columns, List<Object[]> parameters,
                                         RowReader<T> reader) {
        List<T> result = new ArrayList<>();
        if (parameters.isEmpty()) {
            return result;
        }
        work(session, connection -> {
            for (List<Object[]> chunk : statementChunks(parameters)) {
                try (PreparedStatement statement = connection.prepareStatement(String.join(" UNION ALL ",
                        Collections.nCopies(chunk.size(), part)))) {
                    bindRows(statement, columns, chunk);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            result.add(reader.read(rows));
                        }
                    }
                }
            }
            return null;
        });
        return result;
    }

    /**
     * Runs {@code sql}, an update or delete whose one {@code IN (?)} list is filled with {@code keys}
     * chunk by chunk; parameters before the list come from {@code leading}. Returns the rows changed.
     */
    public static int updateIn(String sql, List<Object> leading, Collection<?> keys) {
        return work(Panache.getEntityManager().unwrap(Session.class), connection -> updateIn(connection, sql, leading, keys));
    }

    /** As above, on {@code connection}: outside a transaction, each chunk's statement commits by itself. */
    public static int updateIn(Connection connection, String sql, List<Object> leading, Collection<?> keys) throws SQLException {
        if (keys.isEmpty()) {
            return 0;
        }
        int[] changed = {0};
        forEachChunk(connection, sql, leading, keys, statement -> changed[0] += statement.executeUpdate());
        return changed[0];
    }

    /** {@code column = IF(VALUES(version) > version, VALUES(column), column)}: a column an older version may not overwrite. */
    private static String newerWins(String column) {
        return column + " = IF(VALUES(version) > version, VALUES(" + column + "), " + column + ")";
    }

    /** The update clause of a versioned upsert: every column newer-wins, the version itself last, as MySQL assigns left to right. */
    public static String newerWinsClause(List<String> columns) {
        List<String> assignments = new ArrayList<>();
        columns.stream().filter(c -> !c.equals("version")).map(MultiRowSql::newerWins).forEach(assignments::add);
        assignments.add("version = GREATEST(version, VALUES(version))");
        return "ON DUPLICATE KEY UPDATE " + String.join(", ", assignments);
    }

    @FunctionalInterface
    private interface StatementWork {
        void run(ChunkStatement statement) throws SQLException;
    }

    /** One chunk's statement: {@code literal} sent on a plain statement, or, when null, the prepared one with its values bound. */
    private record ChunkStatement(Statement statement, String literal) {

        ResultSet executeQuery() throws SQLException {
            return literal == null ? ((PreparedStatement) statement).executeQuery() : statement.executeQuery(literal);
        }

        int executeUpdate() throws SQLException {
            return literal == null ? ((PreparedStatement) statement).executeUpdate() : statement.executeUpdate(literal);
        }
    }

    @FunctionalInterface
    private interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code action} once per chunk of at most {@link #MAX_KEYS} keys, on {@code sql} with its
     * {@code IN (?)} list filled with the chunk: sent as it is with every value written as a literal
     * where they all have one ({@link SqlLiterals}), else prepared with the values bound and the list
     * padded to a power of two of keys. Binding a batch's keys was a tenth of the throughput
     * benchmark's instance (JFR), and a list of literals needs no padding for the driver's cache.
     */
    private static void forEachChunk(Connection connection, String sql, List<Object> leading, Collection<?> keys,
                                     StatementWork action) throws SQLException {
        List<?> all = keys instanceof List<?> list ? list : new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += MAX_KEYS) {
            List<?> exact = all.subList(from, Math.min(all.size(), from + MAX_KEYS));
            String literal = SqlLiterals.filled(inList(sql, exact), values(leading, exact));
            if (literal != null) {
                try (Statement statement = plainStatement(connection)) {
                    action.run(new ChunkStatement(statement, literal));
                }
                continue;
            }
            List<?> chunk = inListKeys(exact);
            try (PreparedStatement statement = connection.prepareStatement(inList(sql, chunk))) {
                bindAll(statement, 1, values(leading, chunk));
                action.run(new ChunkStatement(statement, null));
            }
        }
    }

    /** A statement for text written here with its values as literals. */
    private static Statement plainStatement(Connection connection) throws SQLException {
        Statement statement = connection.createStatement();
        // no JDBC escapes ({fn …}) to expand: the driver would scan the whole text for them
        statement.setEscapeProcessing(false);
        return statement;
    }

    /** {@code sql} with its {@code IN (?)} list made one placeholder, or one row of placeholders, per key. */
    private static String inList(String sql, List<?> keys) {
        String one = keys.get(0) instanceof Object[] tuple
                ? "(" + String.join(",", Collections.nCopies(tuple.length, "?")) + ")"
                : "?";
        return sql.replace("IN (?)", "IN (" + String.join(",", Collections.nCopies(keys.size(), one)) + ")");
    }

    /** The statement's parameters in order: {@code leading}, then each key's value or values. */
    private static List<Object> values(List<Object> leading, List<?> keys) {
        List<Object> values = new ArrayList<>(leading.size() + keys.size() * 3);
        values.addAll(leading);
        for (Object key : keys) {
            if (key instanceof Object[] tuple) {
                Collections.addAll(values, tuple);
            } else {
                values.add(key);
            }
        }
        return values;
    }

    /** The keys, padded with their last one to a power of two: a key twice in an {@code IN} list selects nothing more. */
    static List<?> inListKeys(List<?> keys) {
        int below = Integer.highestOneBit(keys.size());
        if (below == keys.size()) {
            return keys;
        }
        List<Object> filled = new ArrayList<>(keys);
        filled.addAll(Collections.nCopies(2 * below - keys.size(), keys.get(keys.size() - 1)));
        return filled;
    }

    /** Runs on the connection of the session's transaction. */
    private static <T> T work(SharedSessionContract session, ConnectionWork<T> work) {
        return session.doReturningWork(work::run);
    }

    /** Binds each row as one entry of the statement's batch and sends the batch. */
    private static void executeChunk(PreparedStatement statement, List<Object[]> rows) throws SQLException {
        for (Object[] row : rows) {
            for (int column = 0; column < row.length; column++) {
                bind(statement, column + 1, row[column]);
            }
            statement.addBatch();
        }
        statement.executeBatch();
    }

    /** Binds {@code values} in order from parameter {@code first}; returns the index after the last. */
    private static int bindAll(PreparedStatement statement, int first, List<?> values) throws SQLException {
        int index = first;
        for (Object value : values) {
            bind(statement, index++, value);
        }
        return index;
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            // stored as its UTC wall clock (connectionTimeZone=UTC), as Hibernate stores an entity's.
            // The driver formats a LocalDateTime with one shared formatter; for a Timestamp it builds a
            // SimpleDateFormat every time (8% of the ledger's CPU under an import)
            statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else if (value instanceof Enum<?> constant) {
            statement.setString(index, constant.name());
        } else {
            statement.setObject(index, value);
        }
    }
}
