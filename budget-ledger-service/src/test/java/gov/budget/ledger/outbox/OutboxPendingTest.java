package gov.budget.ledger.outbox;

import gov.budget.ledger.LedgerFixtures;
import gov.budget.outbox.OutboxBacklog;
import gov.budget.outbox.OutboxRepository;
import gov.budget.outbox.jdbc.MultiRowSql;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The pending ids in the ledger's real outbox: the ids of the rows a change writes wait there until
 * the relay has published the rows, and publishing takes them off while the rows stay for the
 * retention. (The owning services' broker-outage tests read the rows that wait.)
 */
@QuarkusTest
class OutboxPendingTest {

    @Inject
    OutboxRepository repository;

    @Inject
    EntityManager entityManager;

    @Test
    void publishingTakesAnImportsRowsOffThePendingIdsAndLeavesTheRowsInTheOutbox() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.createDepartment(dept);
        asFinanceAdmin().contentType(ContentType.JSON).body(LedgerFixtures.budgetJson(dept))
                .put("/budgets/{dept}/2024", dept).then().statusCode(200);

        List<Long> rows = ids("SELECT id FROM outbox_event WHERE message_key = ?", dept + ":2024");
        // the budget's creation, the eight tables' lines, the nine tables and the narrative
        assertEquals(19, rows.size(), "the import's rows");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(List.of(),
                ids("SELECT p.id FROM outbox_pending p JOIN outbox_event e ON e.id = p.id WHERE e.message_key = ?", dept + ":2024"),
                "published, none of them is pending"));
        assertEquals(rows, ids("SELECT id FROM outbox_event WHERE message_key = ?", dept + ":2024"), "the rows stay");
    }

    @Test
    @TestTransaction
    void theBacklogCountsThePendingIdsAndAgesTheOldestOfThem() {
        await().atMost(Duration.ofSeconds(60)).until(() -> asFinanceAdmin().get("/outbox").jsonPath().getLong("pending") == 0);
        // uncommitted, so the relay never sees it; rolled back at the end
        entityManager.createNativeQuery("INSERT INTO outbox_event (event_id, topic, message_key, aggregate_type, aggregate_id, "
                + "aggregate_version, envelope, created_at, last_error) VALUES (UUID(), 'test.backlog', 'B:2001', 'Test', 'backlog', 1, "
                + "'{}', '2001-01-01 00:00:00', 'broker down')").executeUpdate();
        entityManager.createNativeQuery("INSERT INTO outbox_pending (id) SELECT id FROM outbox_event WHERE aggregate_id = 'backlog'")
                .executeUpdate();

        assertEquals(new OutboxBacklog(1, Instant.parse("2001-01-01T00:00:00Z"), 60, "broker down"),
                repository.backlog(Instant.parse("2001-01-01T00:01:00Z")));
    }

    private static List<Long> ids(String sql, String key) {
        return QuarkusTransaction.requiringNew().call(() -> MultiRowSql.select(sql + " ORDER BY 1", List.of(key), row -> row.getLong(1)));
    }
}
