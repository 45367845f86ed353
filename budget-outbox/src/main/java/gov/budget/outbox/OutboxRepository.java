package gov.budget.outbox;

import gov.budget.outbox.jdbc.MultiRowSql;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Reads and marks outbox rows. The relay's read and its marking, and the backlog's read, are single
 * statements on a connection outside any transaction, each committed by itself: a transaction around
 * each would add three statements to it (autocommit off, commit, autocommit on). The relay runs its
 * two after every change, where those were a fifth of a one-cell change's statements, and callers
 * waiting for a load to drain read the backlog several times a second. The other methods are each
 * their own short transaction.
 */
@ApplicationScoped
public class OutboxRepository {

    @Inject
    AgroalDataSource dataSource;

    public List<PendingEvent> nextPending(int limit) {
        return outsideTransaction("reading the outbox", connection -> MultiRowSql.select(connection,
                "SELECT e.id, e.event_id, e.topic, e.message_key, e.envelope, e.tx_position, e.tx_size "
                        + "FROM outbox_pending p JOIN outbox_event e ON e.id = p.id ORDER BY p.id LIMIT ?", List.of(limit),
                row -> new PendingEvent(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getBytes(5),
                        row.getInt(6), row.getInt(7))));
    }

    /**
     * Marks the rows published by taking their ids off the pending ones; a chunk of ids that committed
     * stays marked if a later one fails, and is marked again.
     */
    public void markPublished(List<Long> ids) {
        outsideTransaction("marking outbox rows published", connection -> MultiRowSql.updateIn(connection,
                "DELETE FROM outbox_pending WHERE id IN (?)", List.of(), ids));
    }

    /** Work on a pooled connection of its own, each statement committed by itself. */
    @FunctionalInterface
    private interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T outsideTransaction(String doing, ConnectionWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new PersistenceException(doing + " failed", e);
        }
    }

    /** Deletes at most {@code limit} published rows written before {@code before}; a row not yet published is never deleted. */
    @Transactional
    public int deletePublishedWrittenBefore(Instant before, int limit) {
        return OutboxEvent.getEntityManager()
                .createNativeQuery("DELETE FROM outbox_event WHERE created_at < ?1 "
                        + "AND NOT EXISTS (SELECT 1 FROM outbox_pending p WHERE p.id = outbox_event.id) LIMIT " + limit)
                .setParameter(1, before)
                .executeUpdate();
    }

    @Transactional
    public void recordFailure(long id, String error) {
        String trimmed = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
        OutboxEvent.update("attempts = attempts + 1, lastError = ?1 where id = ?2", trimmed, id);
    }

    public OutboxBacklog backlog(Instant now) {
        // the count and the oldest row in one statement, so that they describe the same moment
        List<OutboxBacklog> waiting = outsideTransaction("reading the outbox's backlog", connection -> MultiRowSql.select(connection,
                "SELECT (SELECT COUNT(*) FROM outbox_pending), e.created_at, e.last_error "
                        + "FROM outbox_pending p JOIN outbox_event e ON e.id = p.id ORDER BY p.id LIMIT 1", List.of(),
                row -> {
                    Instant oldest = MultiRowSql.RowReader.instant(row, 2);
                    return new OutboxBacklog(row.getLong(1), oldest, Math.max(0, Duration.between(oldest, now).toSeconds()),
                            row.getString(3));
                }));
        return waiting.isEmpty() ? new OutboxBacklog(0, null, 0, null) : waiting.get(0);
    }
}
