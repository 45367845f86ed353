package gov.budget.reconciliation.nightly;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The database lock that lets only one full run happen at a time, across every replica: a named
 * lock (GET_LOCK) held by one connection for the whole run. It is released when the run ends, or by
 * the server when that connection dies with its replica. Lock names are server-wide, so the name
 * carries the service's database: deployments that share a server, such as the suite and its
 * tests, never hold up each other's runs.
 */
@ApplicationScoped
public class RunLock {

    static final String NAME = "budget-reconciliation-nightly";
    /** The lock's name on the server: {@link #NAME}{@code @}database, at most 64 characters. */
    private static final String NAME_SQL = "CONCAT(?, '@', DATABASE())";

    @Inject
    AgroalDataSource dataSource;

    /** A held lock; closing it releases it. */
    public static final class Held implements AutoCloseable {
        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try (connection; PreparedStatement release = connection.prepareStatement("SELECT RELEASE_LOCK(" + NAME_SQL + ")")) {
                release.setString(1, NAME);
                release.execute();
            } catch (SQLException e) {
                // closing the connection releases the lock as well
            }
        }
    }

    /** The lock, or empty when another run holds it. Never waits. */
    public Optional<Held> tryAcquire() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            try (PreparedStatement acquire = connection.prepareStatement("SELECT GET_LOCK(" + NAME_SQL + ", 0)")) {
                acquire.setString(1, NAME);
                try (ResultSet result = acquire.executeQuery()) {
                    if (result.next() && result.getInt(1) == 1) {
                        return Optional.of(new Held(connection));
                    }
                }
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // the original failure matters more
                }
            }
            throw new IllegalStateException("cannot take the run lock: " + e.getMessage(), e);
        }
    }
}
