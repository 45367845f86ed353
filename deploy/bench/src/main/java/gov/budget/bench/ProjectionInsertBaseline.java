package gov.budget.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The raw limit of reconciliation's writes: as many projection rows as it read changes, written
 * with plain JDBC batch inserts (one transaction per consumer-sized batch) into a table shaped like
 * its record projection, each row carrying a real change of the topics as its payload: an event of
 * one record, or an entry of a group event. Only the inserts are timed, not the reading of the
 * topics or of the group events' entries.
 */
final class ProjectionInsertBaseline {

    private static final int BATCH = 2000;
    /** The group events, by type, and the field of their payload that lists their entries. */
    private static final Map<String, String> GROUP_ENTRIES = Map.of("LedgerLinesChanged", "lines", "AssetsChanged", "assets",
            "ProcurementLinesChanged", "lines", "ProjectSheetsChanged", "sheets");

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
                List<Row> batch = new ArrayList<>(BATCH);
                while (written + batch.size() < count && topics.hasMore()) {
                    for (ConsumerRecord<String, String> record : topics.poll()) {
                        for (Row row : rows(record)) {
                            if (written + batch.size() < count) {
                                batch.add(row);
                            }
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

    /** One projection row to write: its kind, a key unique in the run, its budget's key, and its payload. */
    private record Row(String kind, String id, String key, String payload) {
    }

    /** The rows a record carries: itself, or each entry of a group event. */
    private static List<Row> rows(ConsumerRecord<String, String> record) {
        String kind = record.topic().length() > 32 ? record.topic().substring(0, 32) : record.topic();
        String id = record.partition() + ":" + record.offset();
        String key = record.key() == null ? "" : record.key();
        JsonNode event;
        try {
            event = Json.MAPPER.readTree(record.value());
        } catch (IOException | RuntimeException e) {
            return List.of(new Row(kind, id, key, record.value()));
        }
        String entries = GROUP_ENTRIES.get(event.path("eventType").asText());
        if (entries == null) {
            return List.of(new Row(kind, id, key, record.value()));
        }
        List<Row> rows = new ArrayList<>();
        JsonNode list = event.path("payload").path(entries);
        for (int i = 0; i < list.size(); i++) {
            rows.add(new Row(kind, id + ":" + i, key, list.get(i).toString()));
        }
        return rows;
    }

    private static int insert(Connection connection, PreparedStatement insert, List<Row> batch) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        for (Row row : batch) {
            int colon = row.key().lastIndexOf(':');
            insert.setString(1, row.kind());
            insert.setString(2, row.id());
            insert.setString(3, colon > 0 ? row.key().substring(0, Math.min(colon, 32)) : "?");
            insert.setInt(4, colon > 0 ? parseYear(row.key().substring(colon + 1)) : 0);
            insert.setTimestamp(5, now);
            insert.setString(6, row.payload());
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
