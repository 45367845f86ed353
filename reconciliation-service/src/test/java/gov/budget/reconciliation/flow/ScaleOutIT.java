package gov.budget.reconciliation.flow;

import gov.budget.web.testing.PackagedService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static gov.budget.reconciliation.flow.PackagedSuite.CHANGE_EVENTS;
import static gov.budget.reconciliation.flow.PackagedSuite.IMPORT_EVENTS;
import static gov.budget.reconciliation.flow.PackagedSuite.PARTITIONS;
import static gov.budget.reconciliation.flow.PackagedSuite.PATIENCE;
import static gov.budget.reconciliation.flow.PackagedSuite.awaitApplied;
import static gov.budget.reconciliation.flow.PackagedSuite.consumed;
import static gov.budget.reconciliation.flow.PackagedSuite.findings;
import static gov.budget.reconciliation.flow.PackagedSuite.freshDept;
import static gov.budget.reconciliation.flow.PackagedSuite.load;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scale-out, shown on one machine: two packaged instances of this service in one consumer group
 * split the partitions of the change topics. A second instance joins while budgets keep arriving;
 * every event is applied exactly once, and each budget's findings equal those one instance alone
 * produced for the same data.
 */
class ScaleOutIT {

    private static PackagedService ledger;
    private static PackagedService first;
    private static PackagedService second;

    @BeforeAll
    static void start() throws Exception {
        ledger = PackagedInstances.ledger();
        first = PackagedInstances.reconciliation("first");
    }

    @AfterAll
    static void stop() {
        PackagedSuite.stop(second, first, ledger);
    }

    @Test
    void twoInstancesSplitThePartitionsAndApplyEveryEventOnceThroughARebalance() throws Exception {
        // what one instance alone makes of a clean budget and of one with a one-cent error
        String cleanAlone = freshDept(ledger, "S", 0);
        String brokenAlone = freshDept(ledger, "S", 1);
        load(ledger, cleanAlone, false);
        load(ledger, brokenAlone, true);
        awaitApplied(first, List.of(cleanAlone), IMPORT_EVENTS);
        awaitApplied(first, List.of(brokenAlone), IMPORT_EVENTS + CHANGE_EVENTS);
        List<String> cleanFindings = findings(first, cleanAlone);
        List<String> brokenFindings = findings(first, brokenAlone);
        assertTrue(cleanFindings.isEmpty(), "the sample is consistent: " + cleanFindings);
        assertTrue(brokenFindings.stream().anyMatch(f -> f.startsWith("R05|3:2080106:total|ERROR")), brokenFindings.toString());

        // budgets keep arriving while the second instance starts and joins the group
        List<String> clean = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        AtomicBoolean joined = new AtomicBoolean();
        ExecutorService loader = Executors.newSingleThreadExecutor();
        CompletableFuture<Void> loading = CompletableFuture.runAsync(() -> {
            int n = 0;
            // at least one budget per partition after the join, so the newcomer's share is never empty
            int afterJoin = 0;
            while (afterJoin < 2 * PARTITIONS) {
                boolean breakIt = n % 2 == 1;
                String dept = freshDept(ledger, "S", n % PARTITIONS);
                load(ledger, dept, breakIt);
                (breakIt ? broken : clean).add(dept);
                n++;
                if (joined.get()) {
                    afterJoin++;
                }
            }
        }, loader);
        second = PackagedInstances.reconciliation("second");
        await().atMost(PATIENCE).until(() -> consumed(second) > 0 || loading.isDone());
        joined.set(true);
        loading.get(5, TimeUnit.MINUTES);
        loader.shutdown();

        // every event applied once: no budget is short of an event, and none has one twice
        awaitApplied(first, clean, IMPORT_EVENTS);
        awaitApplied(first, broken, IMPORT_EVENTS + CHANGE_EVENTS);
        for (String dept : clean) {
            assertEquals(cleanFindings, findings(first, dept), "findings of clean budget " + dept);
        }
        for (String dept : broken) {
            assertEquals(brokenFindings, findings(first, dept), "findings of broken budget " + dept);
        }
        // both instances did part of the work, and the first gave up partitions when the second joined
        assertTrue(consumed(first) > 0, "the first instance consumed nothing");
        assertTrue(consumed(second) > 0, "the second instance consumed nothing");
        // each of its consumer threads logs its first assignment; one of them logs another after the join
        Map<String, Long> assignmentsByThread = first.log().lines().filter(line -> line.contains("assigned partitions"))
                .collect(Collectors.groupingBy(line -> line.substring(line.indexOf('('), line.indexOf(')') + 1), Collectors.counting()));
        assertTrue(assignmentsByThread.values().stream().anyMatch(assignments -> assignments >= 2),
                "the first instance was never reassigned partitions: " + assignmentsByThread);
    }
}
