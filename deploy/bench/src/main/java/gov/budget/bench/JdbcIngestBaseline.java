package gov.budget.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw limit of ingest: the same ledger lines written with plain JDBC batch inserts into tables
 * shaped like the ledger's (a line and its amounts), one transaction per budget, on the same server.
 */
final class JdbcIngestBaseline {

    static final String DATABASE = "budget_bench";

    private final Database database;
    private final AtomicLong ids = new AtomicLong();

    JdbcIngestBaseline(Database database) {
        this.database = database;
    }

    void prepare() throws SQLException {
        database.recreate(DATABASE);
        try (Connection connection = database.connect(DATABASE); Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE bench_line (id BIGINT PRIMARY KEY, dept_code VARCHAR(32) NOT NULL, fiscal_year INT NOT NULL,
                      table_no INT NOT NULL, row_kind VARCHAR(16) NOT NULL, code VARCHAR(64) NOT NULL, name VARCHAR(300) NOT NULL,
                      position INT NOT NULL, version BIGINT NOT NULL, deleted BOOLEAN NOT NULL, updated_at DATETIME(6) NOT NULL,
                      UNIQUE KEY uk_line (dept_code, fiscal_year, table_no, code))""");
            statement.execute("""
                    CREATE TABLE bench_line_amount (line_id BIGINT NOT NULL, column_code VARCHAR(64) NOT NULL,
                      amount DECIMAL(20,2) NOT NULL, PRIMARY KEY (line_id, column_code))""");
        }
    }

    /** Inserts every ledger line of the budgets with {@code clients} connections; returns the lines written. */
    long insert(List<GeneratedBudget> budgets, int clients) {
        AtomicLong lines = new AtomicLong();
        ThreadLocal<Connection> connections = new ThreadLocal<>();
        java.util.List<Connection> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        Loader.parallel(budgets, clients, budget -> {
            Connection connection = connections.get();
            if (connection == null) {
                connection = database.connect(DATABASE);
                connection.setAutoCommit(false);
                connections.set(connection);
                opened.add(connection);
            }
            lines.addAndGet(insert(connection, budget));
        });
        for (Connection connection : opened) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the run is over
            }
        }
        return lines.get();
    }

    private int insert(Connection connection, GeneratedBudget budget) throws SQLException {
        int count = 0;
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement line = connection.prepareStatement(
                "INSERT INTO bench_line (id, dept_code, fiscal_year, table_no, row_kind, code, name, position, version, deleted, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, false, ?)");
             PreparedStatement amount = connection.prepareStatement(
                     "INSERT INTO bench_line_amount (line_id, column_code, amount) VALUES (?, ?, ?)")) {
            for (JsonNode table : budget.ledger().path("tables")) {
                int position = 0;
                for (JsonNode row : table.path("rows")) {
                    long id = ids.incrementAndGet();
                    line.setLong(1, id);
                    line.setString(2, budget.deptCode());
                    line.setInt(3, budget.fiscalYear());
                    line.setInt(4, table.path("tableNo").asInt());
                    line.setString(5, row.path("kind").asText("FUNCTIONAL"));
                    line.setString(6, row.path("code").asText("total") + (row.has("code") ? "" : ":" + position));
                    line.setString(7, row.path("name").asText());
                    line.setInt(8, position++);
                    line.setTimestamp(9, now);
                    line.addBatch();
                    Iterator<Map.Entry<String, JsonNode>> cells = row.path("amounts").fields();
                    while (cells.hasNext()) {
                        Map.Entry<String, JsonNode> cell = cells.next();
                        amount.setLong(1, id);
                        amount.setString(2, cell.getKey());
                        amount.setBigDecimal(3, cell.getValue().isNumber() ? cell.getValue().decimalValue() : BigDecimal.ZERO);
                        amount.addBatch();
                    }
                    count++;
                }
            }
            line.executeBatch();
            amount.executeBatch();
            connection.commit();
        }
        return count;
    }
}
