package gov.budget.bench;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw limit of reconciliation's writes: as many projection rows as it applied events, written
 * with plain JDBC batch inserts (one transaction per consumer-sized batch) into a table shaped like
 * its record projection, each row carrying a real event of the topics as its payload. Only the
 * inserts are timed, not the reading of the topics.
 */
final class ProjectionInsertBaseline {

    private static final int BATCH = 2000;

    private final Database database;
    private final String bootstrap;

    ProjectionInsertBaseline(Database database, String bootstrap) {
        this.database = database;
        this.bootstrap = bootstrap;
    }

    /** Rows per second for {@code count} rows, or as many as the topics hold. */
    double rowsPerSecond(long count) throws SQLException {
        try (Connection connection = database.connect(JdbcIngestBaseline.DATABASE); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_projection");
            statement.execute("""
                    CREATE TABLE bench_projection (aggregate_type VARCHAR(32) NOT NULL,
                      aggregate_id VARCHAR(200) NOT NULL, dept_code VARCHAR(32) NOT NULL, fiscal_year INT NOT NULL,
                      version BIGINT NOT NULL, deleted BOOLEAN NOT NULL, occurred_at DATETIME(6) NOT NULL, payload TEXT NOT NULL,
                      PRIMARY KEY (dept_code, fiscal_year, aggregate_type, aggregate_id),
                      UNIQUE KEY uk_bench_projection (aggregate_type, aggregate_id))""");
            connection.setAutoCommit(false);
            long written = 0;
            long nanos = 0;
            try (TopicsFromStart topics = new TopicsFromStart(bootstrap, ReconciliationThroughputBenchmark.TOPICS);
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_projection (aggregate_type, aggregate_id, "
                         + "dept_code, fiscal_year, version, deleted, occurred_at, payload) VALUES (?, ?, ?, ?, 1, false, ?, ?)")) {
                List<ConsumerRecord<String, String>> batch = new ArrayList<>(BATCH);
                while (written + batch.size() < count && topics.hasMore()) {
                    for (ConsumerRecord<String, String> record : topics.poll()) {
                        if (written + batch.size() < count) {
                            batch.add(record);
                        }
                    }
                    if (batch.size() >= BATCH || !topics.hasMore() || written + batch.size() >= count) {
                        long start = System.nanoTime();
                        written += insert(connection, insert, batch);
                        nanos += System.nanoTime() - start;
                        batch.clear();
                    }
                }
            }
            return nanos == 0 ? 0 : written / (nanos / 1e9);
        }
    }

    private static int insert(Connection connection, PreparedStatement insert, List<ConsumerRecord<String, String>> batch) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        for (ConsumerRecord<String, String> record : batch) {
            String key = record.key() == null ? "" : record.key();
            int colon = key.lastIndexOf(':');
            insert.setString(1, record.topic().length() > 32 ? record.topic().substring(0, 32) : record.topic());
            insert.setString(2, record.partition() + ":" + record.offset());
            insert.setString(3, colon > 0 ? key.substring(0, Math.min(colon, 32)) : "?");
            insert.setInt(4, colon > 0 ? parseYear(key.substring(colon + 1)) : 0);
            insert.setTimestamp(5, now);
            insert.setString(6, record.value());
            insert.addBatch();
        }
        insert.executeBatch();
        connection.commit();
        return batch.size();
    }

    private static int parseYear(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
