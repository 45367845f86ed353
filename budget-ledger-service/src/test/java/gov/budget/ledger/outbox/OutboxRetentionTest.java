package gov.budget.ledger.outbox;

import gov.budget.outbox.OutboxRepository;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The retention's delete in the ledger's real outbox table: only published rows written before the
 * cutoff go. Rows dated in 2001 keep the test apart from the outbox's own rows; the transaction is
 * rolled back at the end.
 */
@QuarkusTest
class OutboxRetentionTest {

    @Inject
    OutboxRepository repository;

    @Inject
    EntityManager entityManager;

    @Test
    @TestTransaction
    void deletesOnlyPublishedRowsWrittenBeforeTheCutoff() {
        insert("published-long-ago", "2001-01-01 00:00:00", false);
        insert("published-after-the-cutoff", "2001-01-05 00:00:00", false);
        insert("never-published", "2001-01-01 00:00:00", true);

        int deleted = repository.deletePublishedWrittenBefore(Instant.parse("2001-01-03T00:00:00Z"), 100);

        assertEquals(1, deleted);
        assertEquals(List.of("never-published", "published-after-the-cutoff"), entityManager
                .createNativeQuery("SELECT aggregate_id FROM outbox_event WHERE created_at < '2001-01-06' ORDER BY aggregate_id", String.class)
                .getResultList());
    }

    private void insert(String aggregateId, String createdAt, boolean pending) {
        entityManager.createNativeQuery("INSERT INTO outbox_event (event_id, topic, message_key, aggregate_type, aggregate_id, "
                        + "aggregate_version, envelope, created_at) VALUES (UUID(), 'test.retention', 'R:2001', 'Test', ?1, 1, '{}', ?2)")
                .setParameter(1, aggregateId)
                .setParameter(2, createdAt)
                .executeUpdate();
        if (pending) {
            entityManager.createNativeQuery("INSERT INTO outbox_pending (id) SELECT id FROM outbox_event WHERE aggregate_id = ?1")
                    .setParameter(1, aggregateId)
                    .executeUpdate();
        }
    }
}
