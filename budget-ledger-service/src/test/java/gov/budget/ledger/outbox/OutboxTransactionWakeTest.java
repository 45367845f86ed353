package gov.budget.ledger.outbox;

import gov.budget.ledger.LedgerFixtures;
import gov.budget.outbox.OutboxAppended;
import gov.budget.outbox.OutboxTransactionAppended;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the outbox tells its observers: the audit trail every row, the relay each committed transaction once. */
@QuarkusTest
class OutboxTransactionWakeTest {

    @Inject
    Seen seen;

    @Test
    void aWholeBudgetImportIsOneWakeForTheRelayAndOneNoticePerRowForTheAuditTrail() {
        String dept = LedgerFixtures.freshDeptCode();
        LedgerFixtures.createDepartment(dept);
        seen.reset();

        asFinanceAdmin().contentType(ContentType.JSON).body(LedgerFixtures.budgetJson(dept))
                .put("/budgets/{dept}/2024", dept).then().statusCode(200);
        int rows = seen.rows();
        assertTrue(rows > 100, "the sample's import appends an event per line: " + rows);
        assertEquals(1, seen.committedTransactions());

        asFinanceAdmin().contentType(ContentType.JSON).header("If-Match", LedgerFixtures.tableETag(dept, 3))
                .body("{\"amounts\": {\"total\": 580.22, \"basic\": 528.22}}")
                .patch("/budgets/{dept}/2024/tables/3/rows/2080106", dept).then().statusCode(200);
        assertTrue(seen.rows() > rows);
        assertEquals(2, seen.committedTransactions());
    }

    /** Counts the outbox's notices as the audit trail and the relay receive them. */
    @ApplicationScoped
    static class Seen {
        private final AtomicInteger rows = new AtomicInteger();
        private final AtomicInteger committedTransactions = new AtomicInteger();

        // read through methods: the injected reference is a client proxy, whose own fields stay empty
        int rows() {
            return rows.get();
        }

        int committedTransactions() {
            return committedTransactions.get();
        }

        void onRow(@Observes OutboxAppended appended) {
            rows.incrementAndGet();
        }

        void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxTransactionAppended appended) {
            committedTransactions.incrementAndGet();
        }

        void reset() {
            rows.set(0);
            committedTransactions.set(0);
        }
    }
}
