package gov.budget.reconciliation.consumer;

import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.reconciliation.facts.BudgetModelLoader;
import gov.budget.reconciliation.facts.BudgetModels;
import gov.budget.reconciliation.facts.ModelReads;
import gov.budget.reconciliation.facts.StoredRows;
import gov.budget.reconciliation.finding.BudgetReconciliation;
import gov.budget.reconciliation.finding.Finding;
import gov.budget.reconciliation.projection.BudgetKey;
import io.quarkus.arc.ClientProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static gov.budget.web.testing.JsonAmounts.amount;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Batches applied while the consumer is behind: their budgets wait in the queue, once each, and are
 * evaluated with the findings an evaluation at once would have given. The batches are handed to the
 * applier directly, as the consumer hands them, so that whether it is behind is the test's choice.
 */
@QuarkusTest
class CatchUpEvaluationTest {

    private static final AtomicLong OFFSETS = new AtomicLong(1_000_000_000L);

    @Inject
    EventApplier applier;

    @Inject
    BatchEvaluation evaluation;

    @Inject
    BudgetModels models;

    @Inject
    BudgetModelLoader loader;

    private final String tag = "Q" + Long.toString(System.nanoTime(), 36).toUpperCase();
    private ReadsRecordingLoader reads;

    /**
     * Models are counted as read per budget, not by the service's total: the running consumer reads
     * other tests' budgets meanwhile, and a total taken around these calls counted them too.
     */
    @BeforeEach
    void recordReads() {
        reads = new ReadsRecordingLoader(ClientProxy.unwrap(loader));
        QuarkusMock.installMockForType(reads, BudgetModelLoader.class);
    }

    @Test
    void budgetsChangedWhileBehindWaitOnceAndAreEvaluatedWhenDrainedAsTheyWouldBeAtOnce() {
        String waiting = tag + "W";
        String atOnce = tag + "N";
        applier.apply(List.of(record(line(atOnce, 3, "2080106", 1, "581.21", "528.21", "52.00"))), false, HeldBudgets.NONE);
        applier.apply(List.of(record(line(atOnce, 3, "2080107", 1, "3.00", null, "3.00"))), false, HeldBudgets.NONE);
        // in one transaction, so that the consumer's own look at the queue cannot drain it in between
        QuarkusTransaction.requiringNew().run(() -> {
            applier.apply(List.of(record(line(waiting, 3, "2080106", 1, "581.21", "528.21", "52.00"))), true, HeldBudgets.NONE);
            applier.apply(List.of(record(line(waiting, 3, "2080107", 1, "3.00", null, "3.00"))), true, HeldBudgets.NONE);
            assertEquals(2L, waitingEvents(waiting), "one queued budget, with both batches' events");
            assertTrue(BudgetReconciliation.of(waiting, 2024).isEmpty(), "not evaluated yet");
        });

        drain();

        assertEquals(-1L, waitingEvents(waiting), "drained");
        assertEquals(findings(atOnce), findings(waiting));
        assertEquals(1, findings(waiting).stream().filter(f -> f.startsWith("R05 ")).count(), "the broken row is found");
        asFinanceAdmin().when().get("/reconciliations/{dept}/2024", waiting).then().statusCode(200).body("eventsApplied", equalTo(2));
    }

    @Test
    void aBatchEvaluatedAtOnceTakesOverWhatWaitedForItsBudget() {
        String dept = tag + "T";
        applier.apply(List.of(record(line(dept, 3, "2080106", 1, "580.21", "528.21", "52.00"))), false, HeldBudgets.NONE);
        // a row of table 3 broken while behind, then a change of table 5 alone evaluated at once:
        // the rules of table 3 must be evaluated again too, on the row as it is now
        QuarkusTransaction.requiringNew().run(() -> {
            applier.apply(List.of(record(line(dept, 3, "2080106", 2, "581.21", "528.21", "52.00"))), true, HeldBudgets.NONE);
            applier.apply(List.of(record(line(dept, 5, "2080106", 1, "580.21", "528.21", "52.00"))), false, HeldBudgets.NONE);
        });

        assertEquals(-1L, waitingEvents(dept), "taken off the queue");
        asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept)
                .then().statusCode(200)
                .body("eventsApplied", equalTo(3))
                .body("findings.findAll { it.ruleId == 'R05' }.size()", equalTo(1))
                .body("findings.find { it.ruleId == 'R05' }.actual", amount("581.21"));
    }

    @Test
    void aBudgetLeftInTheQueueIsEvaluatedByTheRunningConsumerWithinTheCatchUpDelay() {
        // queued as by an instance that stopped before draining it
        String dept = tag + "L";
        applier.apply(List.of(record(line(dept, 3, "2080106", 1, "581.21", "528.21", "52.00"))), true, HeldBudgets.NONE);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(-1L, waitingEvents(dept)));
        asFinanceAdmin().when().get("/reconciliations/{dept}/2024", dept)
                .then().statusCode(200)
                .body("eventsApplied", equalTo(1))
                .body("findings.find { it.ruleId == 'R05' }.actual", amount("581.21"));
    }

    @Test
    void aBatchQueuedWhileBehindCountsTheRowsItQueuedAndOneEvaluatedAtOnceNone() {
        // the consumer drains the queue once these rows reach half the cache of models
        String dept = tag + "C";
        assertEquals(2, applier.apply(List.of(record(line(dept, 3, "2080106", 1, "580.21", "528.21", "52.00")),
                record(line(dept, 3, "2080107", 1, "3.00", null, "3.00"))), true, HeldBudgets.NONE));
        assertEquals(0, applier.apply(List.of(record(line(dept, 3, "2080106", 2, "581.21", "528.21", "52.00"))), false,
                HeldBudgets.NONE));
        assertEquals(-1L, waitingEvents(dept), "the batch evaluated at once took what waited");
    }

    @Test
    void aModelHeldInMemoryThatTakesAQueuedBatchIsWeighedAgainstTheBound() {
        String dept = tag + "M";
        applier.apply(List.of(record(line(dept, 3, "2080106", 1, "580.21", "528.21", "52.00"))), false, HeldBudgets.NONE);
        long before = models.heldRows();
        List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            batch.add(record(line(dept, 5, String.valueOf(2010000 + i), 1, "1.00", "1.00", "0.00")));
        }
        applier.apply(batch, true, HeldBudgets.NONE);

        // the cache is far from its bound in the tests, so nothing is evicted meanwhile
        assertTrue(models.heldRows() - before >= 500, "the 500 rows the held model took count: " + (models.heldRows() - before));
        drain();
    }

    @Test
    void aModelIsReadFromTheProjectionsOnlyWhenNoneIsHeldCurrent() {
        String dept = tag + "R";
        applier.apply(List.of(record(line(dept, 3, "2080106", 1, "580.21", "528.21", "52.00"))), false, HeldBudgets.NONE);
        assertEquals(0, reads.of(dept), "a new budget whose rows all came in its batch is built from them, not read");

        applier.apply(List.of(record(line(dept, 3, "2080106", 2, "581.21", "528.21", "52.00"))), false, HeldBudgets.NONE);
        assertEquals(0, reads.of(dept), "the held model takes the change without a read");

        models.forget(new BudgetKey(dept, 2024));
        applier.apply(List.of(record(line(dept, 3, "2080106", 3, "580.21", "528.21", "52.00"))), false, HeldBudgets.NONE);
        assertEquals(1, reads.of(dept), "a dropped model is read again");
    }

    @Test
    void aBudgetWithRowsStoredBeforeItsFirstEvaluationThatNoModelTookIsReadNotBuiltFromItsBatch() {
        String earlierRow = tag + "E";
        String replacedRow = tag + "P";
        applier.apply(List.of(record(line(earlierRow, 3, "2080106", 1, "581.21", "528.21", "52.00"))), true, HeldBudgets.NONE);
        applier.apply(List.of(record(line(replacedRow, 3, "2080106", 1, "580.21", "528.21", "52.00"))), true, HeldBudgets.NONE);
        // as after a restart: the models built while they waited are gone, their rows stored
        models.forget(new BudgetKey(earlierRow, 2024));
        models.forget(new BudgetKey(replacedRow, 2024));

        // a row of another line, new, while the first is stored: the batch is not the whole budget
        applier.apply(List.of(record(line(earlierRow, 3, "2080107", 1, "3.00", null, "3.00"))), false, HeldBudgets.NONE);
        assertEquals(1, reads.of(earlierRow), "a budget with a row stored before its batch is read");
        // the stored row itself replaced: all the budget's rows came in the batch, but one was not new
        applier.apply(List.of(record(line(replacedRow, 3, "2080106", 2, "581.21", "528.21", "52.00"))), false, HeldBudgets.NONE);
        assertEquals(1, reads.of(replacedRow), "a budget whose batch replaced a stored row is read");

        assertEquals(1, findings(earlierRow).stream().filter(f -> f.startsWith("R05 ")).count(),
                "the row stored before the batch is in the model: its broken sum is found");
        asFinanceAdmin().when().get("/reconciliations/{dept}/2024", replacedRow)
                .then().statusCode(200)
                .body("findings.find { it.ruleId == 'R05' }.actual", amount("581.21"));
    }

    @Test
    void aModelBuiltFromItsBatchFindsWhatAModelReadBackFinds() {
        String built = tag + "B";
        String read = tag + "D";
        applier.apply(List.of(record(line(built, 3, "2080106", 1, "581.21", "528.21", "52.00")),
                record(line(built, 3, "2080107", 1, "3.00", null, "3.00")),
                record(line(built, 5, "2080106", 1, "580.21", "528.21", "52.00"))), false, HeldBudgets.NONE);
        assertEquals(0, reads.of(built), "built from its batch");
        // the same rows, the first two already stored when the last arrives: read back
        applier.apply(List.of(record(line(read, 3, "2080106", 1, "581.21", "528.21", "52.00")),
                record(line(read, 3, "2080107", 1, "3.00", null, "3.00"))), true, HeldBudgets.NONE);
        models.forget(new BudgetKey(read, 2024));
        applier.apply(List.of(record(line(read, 5, "2080106", 1, "580.21", "528.21", "52.00"))), false, HeldBudgets.NONE);
        assertEquals(1, reads.of(read), "read back");
        drain();

        assertEquals(findings(read), findings(built));
        assertEquals(1, findings(built).stream().filter(f -> f.startsWith("R05 ")).count(), "the broken row is found");
        models.forget(new BudgetKey(built, 2024));
        applier.apply(List.of(record(line(built, 3, "2080107", 2, "3.00", null, "3.00"))), false, HeldBudgets.NONE);
        assertEquals(findings(read), findings(built), "the same findings once the built model is dropped and read back");
    }

    @Test
    void aBudgetThatWaitedBeforeItsFirstEvaluationIsEvaluatedFromTheModelBuiltMeanwhile() {
        String claimed = tag + "C";
        String drained = tag + "F";
        String restarted = tag + "S";
        for (String dept : List.of(claimed, drained, restarted)) {
            applier.apply(List.of(record(line(dept, 3, "2080106", 1, "581.21", "528.21", "52.00")),
                    record(line(dept, 3, "2080107", 1, "3.00", null, "3.00"))), true, HeldBudgets.NONE);
            if (dept.equals(restarted)) {
                // the model of the first batch is lost, as in a restart: the one built next lacks its events
                models.forget(new BudgetKey(dept, 2024));
            }
            applier.apply(List.of(record(line(dept, 5, "2080106", 1, "570.21", "528.21", "42.00"))), true, HeldBudgets.NONE);
        }
        // a row replaced by the batch that takes the waiting budget over, and by one queued like the others
        applier.apply(List.of(record(line(claimed, 5, "2080106", 2, "580.21", "528.21", "52.00"))), false, HeldBudgets.NONE);
        applier.apply(List.of(record(line(restarted, 5, "2080106", 2, "580.21", "528.21", "52.00"))), false, HeldBudgets.NONE);
        applier.apply(List.of(record(line(drained, 5, "2080106", 2, "580.21", "528.21", "52.00"))), true, HeldBudgets.NONE);
        drain();

        assertEquals(0, reads.of(claimed), "taken over by a batch: built while it waited");
        assertEquals(0, reads.of(drained), "drained: built while it waited");
        assertEquals(1, reads.of(restarted), "a model that missed some of the events that waited is read");
        assertEquals(1, findings(claimed).stream().filter(f -> f.startsWith("R05 ")).count(), "the broken row is found");
        assertEquals(findings(restarted), findings(claimed));
        assertEquals(findings(restarted), findings(drained));
    }

    private void drain() {
        while (evaluation.evaluateWaiting(100) == 100) {
            // more may wait
        }
    }

    /** The events the budget's queue entry counts, or -1 when it does not wait; in the caller's transaction if there is one. */
    private static long waitingEvents(String dept) {
        List<?> rows = QuarkusTransaction.joiningExisting().call(() -> Finding.getEntityManager()
                .createNativeQuery("SELECT events FROM pending_evaluation WHERE dept_code = ?1 AND fiscal_year = 2024")
                .setParameter(1, dept).getResultList());
        return rows.isEmpty() ? -1 : ((Number) rows.get(0)).longValue();
    }

    /** The budget's open findings, each as rule, location and numbers. */
    private static List<String> findings(String dept) {
        return QuarkusTransaction.requiringNew().call(() -> Finding.openOfBudget(dept, 2024).stream()
                .map(f -> f.ruleId + " " + f.locationKey + " " + f.expected + " " + f.actual)
                .sorted().toList());
    }

    private static ConsumerRecord<String, byte[]> record(EventEnvelope event) {
        return new ConsumerRecord<>("test.budget.ledger.v1", 0, OFFSETS.incrementAndGet(), event.deptCode() + ":2024",
                EventCodec.toJson(event).getBytes(StandardCharsets.UTF_8));
    }

    private static EventEnvelope line(String dept, int tableNo, String code, long version, String total, String basic, String project) {
        return LineEvents.line(dept, 2024, tableNo, code, version, total, basic, project);
    }

    /** The service's own loader, counting the budgets whose models it reads. */
    static class ReadsRecordingLoader extends BudgetModelLoader {

        private final BudgetModelLoader loader;
        private final Map<String, Integer> readsByDepartment = new ConcurrentHashMap<>();

        ReadsRecordingLoader(BudgetModelLoader loader) {
            this.loader = loader;
        }

        @Override
        public ModelReads loadAll(Collection<BudgetKey> keys) {
            keys.forEach(key -> readsByDepartment.merge(key.deptCode(), 1, Integer::sum));
            return loader.loadAll(keys);
        }

        @Override
        public StoredRows countStored(Collection<BudgetKey> keys) {
            return loader.countStored(keys);
        }

        /** How many times the department's 2024 model was read during this test. */
        int of(String deptCode) {
            return readsByDepartment.getOrDefault(deptCode, 0);
        }
    }
}
