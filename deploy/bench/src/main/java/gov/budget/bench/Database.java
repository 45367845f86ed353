package gov.budget.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** JDBC connections to the suite's own server, with the same settings the services use. */
final class Database {

    private final String host = Env.get("BUDGET_DB_HOST", "127.0.0.1");
    private final String port = Env.get("BUDGET_DB_PORT", "3306");
    private final String user = Env.get("BUDGET_DB_USER", "budget");
    private final String password = Env.get("BUDGET_DB_PASSWORD", "budget");

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://" + host + ":" + port + "/" + database
                + "?connectionTimeZone=UTC&characterEncoding=UTF-8&rewriteBatchedStatements=true", user, password);
    }

    /** The server's InnoDB page cache in MB: how much of the province's indexes stays in memory. */
    long bufferPoolMb() throws SQLException {
        return megabytes("innodb_buffer_pool_size");
    }

    /**
     * The server's InnoDB redo log in MB: how much a bulk load writes before pages must be flushed to
     * make room. MySQL 8 names it innodb_redo_log_capacity, MariaDB innodb_log_file_size.
     */
    long redoLogMb() throws SQLException {
        try {
            return megabytes("innodb_redo_log_capacity");
        } catch (SQLException unknownOnMariaDb) {
            return megabytes("innodb_log_file_size");
        }
    }

    private long megabytes(String variable) throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT @@" + variable)) {
            result.next();
            return result.getLong(1) / (1024 * 1024);
        }
    }

    /** Drops and creates a scratch database the application user owns (infra.sh grants it). */
    void recreate(String database) throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
            statement.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }
}
