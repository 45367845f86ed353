package gov.budget.outbox.jdbc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same rows written as literals and bound by the driver are stored the same, on the server and
 * with the driver settings the services use (an instant with its microseconds, see below); and an insert followed by a copy of its ids from
 * {@code LAST_INSERT_ID()} copies each of its rows once, whatever the chunks and the increment.
 * Temporary tables only, in the ledger's test database.
 */
class SqlLiteralsDatabaseTest {

    private static final String COLUMNS = "(text_value, long_value, int_value, amount, flag, nothing, kind, on_day, at_instant)";
    private static final String TABLE = "(id BIGINT AUTO_INCREMENT PRIMARY KEY, text_value LONGTEXT, long_value BIGINT, "
            + "int_value INT, amount DECIMAL(20,6), flag BIT(1), nothing VARCHAR(10), kind VARCHAR(20), on_day DATE, at_instant DATETIME(6))";

    private enum Kind { CHANGED }

    private Connection connection;

    @BeforeEach
    void connect() throws SQLException {
        String host = System.getenv().getOrDefault("BUDGET_DB_HOST", "127.0.0.1");
        String port = System.getenv().getOrDefault("BUDGET_DB_PORT", "3306");
        connection = DriverManager.getConnection("jdbc:mysql://" + host + ":" + port + "/budget_ledger_test"
                        + "?connectionTimeZone=UTC&characterEncoding=UTF-8&cachePrepStmts=true&rewriteBatchedStatements=true",
                System.getenv().getOrDefault("BUDGET_DB_USER", "budget"), System.getenv().getOrDefault("BUDGET_DB_PASSWORD", "budget"));
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE literal_rows " + TABLE);
            statement.execute("CREATE TEMPORARY TABLE bound_rows " + TABLE);
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void anInsertUnlessStoredInsertsNoneOfItsRowsWhenOneIsStoredAlreadyAndTheRestOfTheTransactionStands() throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE keyed_rows (k VARCHAR(20) PRIMARY KEY, v INT) ENGINE=InnoDB");
            statement.execute("INSERT INTO keyed_rows (k, v) VALUES ('stored', 0)");
        }
        // 41 rows go in two statements (32 and 9), and the stored key comes in the second
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(new Object[] {"new-" + i, 1});
        }
        rows.add(new Object[] {"stored", 1});

        assertFalse(MultiRowSql.insertUnlessStored(connection, "INSERT INTO keyed_rows (k, v)", 2, rows));
        assertEquals(List.of("stored|0"), keyedRows(), "the first statement's rows taken back as well; the row before them kept");

        assertTrue(MultiRowSql.insertUnlessStored(connection, "INSERT INTO keyed_rows (k, v)", 2, rows.subList(0, 40)));
        List<String> stored = keyedRows();
        assertEquals(41, stored.size());
        assertTrue(stored.contains("new-39|1") && stored.contains("stored|0"), stored.toString());
        connection.rollback();
    }

    private List<String> keyedRows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("SELECT k, v FROM keyed_rows ORDER BY k")) {
            while (result.next()) {
                rows.add(result.getString(1) + "|" + result.getInt(2));
            }
        }
        return rows;
    }

    @Test
    void rowsWrittenAsLiteralsAreStoredAsTheDriverStoresThemBound() throws SQLException {
        List<Object[]> rows = List.of(
                new Object[] {"{\"label\":\"“三公”经费与上年相比增减\",\"text\":\"与2023年相比持平\",\"amount\":0.00}", Long.MAX_VALUE, -7,
                        new BigDecimal("12345678901234.123456"), true, null, Kind.CHANGED, LocalDate.of(2024, 2, 29),
                        Instant.parse("2026-12-06T10:21:13.298377963Z")},
                new Object[] {"-- /* ? */ {fn now()} ` \" 𠀀", 0L, 0, new BigDecimal("1E+3"), false, null, Kind.CHANGED,
                        LocalDate.of(1000, 1, 1), Instant.parse("2025-12-31T23:59:59.999999500Z")},
                new Object[] {"", -1L, Integer.MIN_VALUE, new BigDecimal("-0.000001"), null, null, null, null,
                        Instant.parse("2024-06-30T00:00:00.000000499Z")});
        String literal = SqlLiterals.multiRowInsert("INSERT INTO literal_rows " + COLUMNS, "", 9, rows);
        assertNotNull(literal, "every value here has a literal");
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            assertEquals(3, statement.executeUpdate(literal));
        }
        try (PreparedStatement statement = connection.prepareStatement(MultiRowSql.multiRowSql("INSERT INTO bound_rows " + COLUMNS,
                "", 9, rows.size()))) {
            MultiRowSql.bindRows(statement, 9, rows);
            assertEquals(3, statement.executeUpdate());
        }
        List<String> bound = stored("bound_rows", "");
        assertEquals(bound, stored("literal_rows", ""));
        // and they are what was meant, not merely the same
        assertEquals("{\"label\":\"“三公”经费与上年相比增减\",\"text\":\"与2023年相比持平\",\"amount\":0.00}|9223372036854775807|-7"
                + "|12345678901234.123456|1|null|CHANGED|2024-02-29", bound.get(0));
        assertEquals("-- /* ? */ {fn now()} ` \" 𠀀|0|0|1000.000000|0|null|CHANGED|1000-01-01", bound.get(1));
        // an instant keeps its microseconds, rounded half up, as the driver sends it to MySQL 8; to
        // MariaDB, which it takes for MySQL 5.5 (without fractional seconds), it sends whole seconds
        assertEquals(List.of("2026-12-06 10:21:13.298378", "2026-01-01 00:00:00.000000", "2024-06-30 00:00:00.000000"),
                stored("literal_rows", "DATE_FORMAT(at_instant, '%Y-%m-%d %H:%i:%s.%f')"));
        assertEquals(List.of("2026-12-06 10:21:13", "2025-12-31 23:59:59", "2024-06-30 00:00:00"),
                stored("bound_rows", "DATE_FORMAT(at_instant, '%Y-%m-%d %H:%i:%s')"));
    }

    @Test
    void eachChunkIsFollowedByACopyOfItsOwnIdsWhateverTheIncrement() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE copied_ids (id BIGINT PRIMARY KEY)");
            // rows of another writer before, and an increment of 3 as a multi-primary cluster sets it
            statement.execute("INSERT INTO literal_rows (text_value) VALUES ('before'), ('before')");
            statement.execute("SET SESSION auto_increment_increment = 3");
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // one row a chunk needs bound, so that both kinds of statement are followed by the copy
            rows.add(new Object[] {i == 140 ? "it's" : "row " + i, (long) i});
        }
        MultiRowSql.insertThen(connection, "INSERT INTO literal_rows (text_value, long_value)", "", 2, rows,
                "INSERT INTO copied_ids (id) SELECT id FROM literal_rows "
                        + "WHERE id >= LAST_INSERT_ID() AND id < LAST_INSERT_ID() + ? * @@auto_increment_increment");
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT COUNT(*), COUNT(DISTINCT c.id), MIN(r.long_value), MAX(r.long_value), "
                     + "SUM(r.text_value = 'before') FROM copied_ids c JOIN literal_rows r ON r.id = c.id")) {
            result.next();
            assertEquals(List.of(300L, 300L, 0L, 299L, 0L),
                    List.of(result.getLong(1), result.getLong(2), result.getLong(3), result.getLong(4), result.getLong(5)));
        }
    }

    @Test
    void anInListOfLiteralsChangesTheRowsABoundOneChanges() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO literal_rows (text_value, long_value) VALUES ('a', 1), ('b', 2), ('it''s', 3), ('c', 4)");
        }
        // every key has a literal: sent as it is
        assertEquals(2, MultiRowSql.updateIn(connection, "UPDATE literal_rows SET int_value = ? WHERE (text_value, long_value) IN (?)",
                List.of(7), List.of(new Object[] {"a", 1L}, new Object[] {"b", 2L}, new Object[] {"b", 9L})));
        // a key that a quoted literal would change: the chunk is bound
        assertEquals(2, MultiRowSql.updateIn(connection, "UPDATE literal_rows SET int_value = ? WHERE text_value IN (?)",
                List.of(8), List.of("it's", "c")));
        assertEquals(List.of("a|7", "b|7", "it's|8", "c|8"), stored("literal_rows", "CONCAT(text_value, '|', int_value)"));
    }

    /** The table's rows in order, each its columns but the instant joined by "|", or the one {@code expression} if given. */
    private List<String> stored(String table, String expression) throws SQLException {
        String columns = expression.isEmpty() ? "text_value, long_value, int_value, amount, flag + 0, nothing, kind, on_day" : expression;
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT " + columns + " FROM " + table + " ORDER BY id")) {
            int count = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= count; column++) {
                    values.add(String.valueOf(result.getString(column)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
