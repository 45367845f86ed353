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
 * The retention's delete in the ledger's real outbox table: only rows published before the cutoff
 * go. Rows dated in 2001 keep the test apart from the outbox's own rows; the transaction is rolled
 * back at the end.
 */
@QuarkusTest
class OutboxRetentionTest {

    @Inject
    OutboxRepository repository;

    @Inject
    EntityManager entityManager;

    @Test
    @TestTransaction
    void deletesOnlyRowsPublishedBeforeTheCutoff() {
        insert("published-long-ago", "2001-01-01 00:00:00", "2001-01-01 00:00:01");
        insert("published-after-the-cutoff", "2001-01-01 00:00:00", "2001-01-05 00:00:00");
        insert("never-published", "2001-01-01 00:00:00", null);

        int deleted = repository.deletePublishedBefore(Instant.parse("2001-01-03T00:00:00Z"), 100);

        assertEquals(1, deleted);
        assertEquals(List.of("never-published", "published-after-the-cutoff"), entityManager
                .createNativeQuery("SELECT aggregate_id FROM outbox_event WHERE created_at < '2001-01-02' ORDER BY aggregate_id", String.class)
                .getResultList());
    }

    private void insert(String aggregateId, String createdAt, String publishedAt) {
        entityManager.createNativeQuery("INSERT INTO outbox_event (event_id, topic, message_key, aggregate_type, aggregate_id, "
                        + "aggregate_version, envelope, created_at, published_at) VALUES (UUID(), 'test.retention', 'R:2001', 'Test', ?1, 1, '{}', ?2, ?3)")
                .setParameter(1, aggregateId)
                .setParameter(2, createdAt)
                .setParameter(3, publishedAt)
                .executeUpdate();
    }
}
