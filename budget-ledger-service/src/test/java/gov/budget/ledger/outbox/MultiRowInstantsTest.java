package gov.budget.ledger.outbox;

import gov.budget.outbox.OutboxEvent;
import gov.budget.outbox.jdbc.MultiRowSql;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An instant written by a multi-row statement is stored as its UTC wall clock, as Hibernate stores
 * an entity's, and reads back as the same instant by plain JDBC and as an entity. Whole seconds:
 * the driver sends fractions of a second only to a server it knows keeps them, and MariaDB
 * announces itself as version 5.5.5. The transaction is rolled back at the end.
 */
@QuarkusTest
class MultiRowInstantsTest {

    private static final Instant WRITTEN = Instant.parse("2001-03-01T08:09:10Z");

    @Inject
    EntityManager entityManager;

    @Test
    @TestTransaction
    void aMultiRowInstantIsStoredAsUtcAndReadsBackTheSame() {
        MultiRowSql.insert("INSERT INTO outbox_event (event_id, topic, message_key, aggregate_type, aggregate_id, aggregate_version, "
                + "envelope, created_at)", "", 8, List.<Object[]>of(
                new Object[] {"instant-test", "test.instants", "I:2001", "Test", "instant-test", 1, "{}", WRITTEN}));
        entityManager.flush();

        assertEquals("2001-03-01 08:09:10", entityManager.createNativeQuery(
                        "SELECT DATE_FORMAT(created_at, '%Y-%m-%d %H:%i:%s') FROM outbox_event WHERE event_id = 'instant-test'", String.class)
                .getSingleResult());
        assertEquals(List.of(WRITTEN), MultiRowSql.select("SELECT created_at FROM outbox_event WHERE event_id = ?",
                List.of("instant-test"), row -> MultiRowSql.RowReader.instant(row, 1)));
        assertEquals(WRITTEN, OutboxEvent.<OutboxEvent>find("eventId", "instant-test").singleResult().createdAt);
    }
}
