package gov.budget.reconciliation.consumer;

import gov.budget.contracts.event.TransactionPart;
import gov.budget.reconciliation.projection.BudgetKey;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which budgets a transaction read in part holds back, as polls end and go on. */
class OpenTransactionsTest {

    private static final String LEDGER = "budget.ledger.v1";
    private static final String ASSET = "budget.asset.v1";

    private static final Duration HOLD = Duration.ofSeconds(30);

    private long now;
    private final OpenTransactions open = new OpenTransactions(Set.of(ASSET), HOLD, () -> now);

    @Test
    void aKeyWhoseLastEventDoesNotComeWithinTheHoldClosesOnceAndReportsWhatItHeld() {
        // the transaction ended, then a part of it sent a second time arrives: its last event comes no more
        open.read(List.of(part(LEDGER, 0, "D1:2024", 1, 2), part(LEDGER, 0, "D1:2024", 2, 2), part(LEDGER, 0, "D1:2024", 1, 2),
                part(ASSET, 2, "D2:2021", 1, 40)));
        now += HOLD.toNanos() - 1;
        assertTrue(open.expire().isEmpty(), "within the hold");
        assertTrue(open.held().holds(new BudgetKey("D1", 2024)));

        now += 1;
        HeldBudgets expired = open.expire();
        assertEquals(Set.of(new BudgetKey("D1", 2024)), expired.budgets());
        assertEquals(Set.of("D2"), expired.departments());
        assertTrue(open.held().isEmpty());
        assertTrue(open.expire().isEmpty(), "reported once");
    }

    @Test
    void eachPartReadStartsTheHoldAgain() {
        open.read(List.of(part(LEDGER, 0, "D1:2024", 1, 3)));
        now += HOLD.toNanos() - 1;
        open.read(List.of(part(LEDGER, 0, "D1:2024", 2, 3)));
        now += HOLD.toNanos() - 1;
        assertTrue(open.expire().isEmpty());
        assertTrue(open.held().holds(new BudgetKey("D1", 2024)));
    }

    @Test
    void aBudgetIsHeldFromAPollThatEndsInsideItsTransactionUntilThePollWithItsLastEvent() {
        open.read(List.of(part(LEDGER, 0, "D1:2024", 1, 3), part(LEDGER, 0, "D1:2024", 2, 3), part(LEDGER, 0, "D2:2024", 1, 1)));
        assertEquals(Set.of(new BudgetKey("D1", 2024)), open.held().budgets());
        assertFalse(open.held().holds(new BudgetKey("D2", 2024)), "a whole transaction of its own");

        open.read(List.of(part(LEDGER, 0, "D1:2024", 3, 3)));
        assertTrue(open.held().isEmpty());
    }

    @Test
    void aTransactionThatEndsButAnotherOpensInTheSamePollStillHoldsTheBudget() {
        open.read(List.of(part(LEDGER, 1, "D1:2024", 1, 1), part(LEDGER, 1, "D1:2024", 1, 2)));
        assertTrue(open.held().holds(new BudgetKey("D1", 2024)));
    }

    @Test
    void anAssetTransactionReadInPartHoldsEveryBudgetOfItsDepartment() {
        open.read(List.of(part(ASSET, 2, "D1:2021", 1, 40)));
        assertTrue(open.held().holds(new BudgetKey("D1", 2024)));
        assertTrue(open.held().holds(new BudgetKey("D1", 2025)));
        assertFalse(open.held().holds(new BudgetKey("D2", 2024)));
    }

    @Test
    void aRecordWithoutTheHeadersOrWithUnreadableOnesStandsAlone() {
        ConsumerRecord<String, byte[]> unreadable = new ConsumerRecord<>(LEDGER, 0, 7L, "D1:2024", "{}".getBytes(StandardCharsets.UTF_8));
        unreadable.headers().add(TransactionPart.POSITION, "one".getBytes(StandardCharsets.US_ASCII));
        unreadable.headers().add(TransactionPart.SIZE, "2".getBytes(StandardCharsets.US_ASCII));

        open.read(List.of(new ConsumerRecord<>(LEDGER, 0, 6L, "D1:2024", "{}".getBytes(StandardCharsets.UTF_8)), unreadable));
        assertTrue(open.held().isEmpty());
    }

    @Test
    void aPartitionGivenUpIsForgotten() {
        open.read(List.of(part(LEDGER, 0, "D1:2024", 1, 2), part(LEDGER, 1, "D2:2024", 1, 2)));
        open.forget(List.of(new TopicPartition(LEDGER, 0)));
        assertEquals(Set.of(new BudgetKey("D2", 2024)), open.held().budgets());
    }

    private static ConsumerRecord<String, byte[]> part(String topic, int partition, String key, int position, int size) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(topic, partition, 0L, key, "{}".getBytes(StandardCharsets.UTF_8));
        record.headers().add(TransactionPart.POSITION, Integer.toString(position).getBytes(StandardCharsets.US_ASCII));
        record.headers().add(TransactionPart.SIZE, Integer.toString(size).getBytes(StandardCharsets.US_ASCII));
        return record;
    }
}
