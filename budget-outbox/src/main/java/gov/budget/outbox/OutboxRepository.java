package gov.budget.outbox;

import gov.budget.outbox.jdbc.MultiRowSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Reads and marks outbox rows; every method is its own short transaction. */
@ApplicationScoped
public class OutboxRepository {

    @Transactional
    public List<PendingEvent> nextPending(int limit) {
        return MultiRowSql.select("SELECT id, event_id, topic, message_key, envelope, tx_position, tx_size FROM outbox_event "
                        + "WHERE published_at IS NULL ORDER BY id LIMIT ?", List.of(limit),
                row -> new PendingEvent(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                        row.getInt(6), row.getInt(7)));
    }

    @Transactional
    public void markPublished(List<Long> ids, Instant at) {
        MultiRowSql.updateIn("UPDATE outbox_event SET published_at = ?, last_error = NULL WHERE id IN (?)", List.of(at), ids);
    }

    /** Deletes at most {@code limit} rows published before {@code before}; a row not yet published is never deleted. */
    @Transactional
    public int deletePublishedBefore(Instant before, int limit) {
        return OutboxEvent.getEntityManager()
                .createNativeQuery("DELETE FROM outbox_event WHERE published_at < ?1 LIMIT " + limit)
                .setParameter(1, before)
                .executeUpdate();
    }

    @Transactional
    public void recordFailure(long id, String error) {
        String trimmed = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
        OutboxEvent.update("attempts = attempts + 1, lastError = ?1 where id = ?2", trimmed, id);
    }

    @Transactional
    public OutboxBacklog backlog(Instant now) {
        // oldest first: the relay may publish it between two reads, and then there is nothing to age
        OutboxEvent oldest = OutboxEvent.<OutboxEvent>find("publishedAt is null order by id").firstResult();
        long pending = oldest == null ? 0 : OutboxEvent.count("publishedAt is null");
        if (pending == 0) {
            return new OutboxBacklog(0, null, 0, null);
        }
        long age = Math.max(0, Duration.between(oldest.createdAt, now).toSeconds());
        return new OutboxBacklog(pending, oldest.createdAt, age, oldest.lastError);
    }
}
