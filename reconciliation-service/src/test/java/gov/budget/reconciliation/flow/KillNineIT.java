package gov.budget.reconciliation.flow;

import gov.budget.outbox.FaultPoint;
import gov.budget.web.testing.PackagedService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static gov.budget.reconciliation.flow.PackagedSuite.CHANGE_EVENTS;
import static gov.budget.reconciliation.flow.PackagedSuite.IMPORT_EVENTS;
import static gov.budget.reconciliation.flow.PackagedSuite.awaitApplied;
import static gov.budget.reconciliation.flow.PackagedSuite.findings;
import static gov.budget.reconciliation.flow.PackagedSuite.freshDept;
import static gov.budget.reconciliation.flow.PackagedSuite.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged ledger and reconciliation killed at the three instants where an event could be lost
 * or doubled, and started again. Each time, every event is applied exactly once and the findings
 * are those of a budget loaded without any fault (a control loaded alongside). Skipped with
 * {@code -Dsuite.fault-tests=false}.
 */
@Tag("fault")
class KillNineIT {

    private static final Duration HALT_PATIENCE = Duration.ofSeconds(120);

    private PackagedService ledger;
    private PackagedService reconciliation;

    @AfterEach
    void stop() {
        PackagedSuite.stop(reconciliation, ledger);
    }

    @Test
    void theLedgerKilledAfterItsCommitAndBeforeItsRelayPublishesPublishesOnceAfterTheRestart() throws Exception {
        reconciliation = PackagedInstances.reconciliation("kill9");
        // the relay off: the import commits with its events in the outbox, and none leaves it
        ledger = PackagedInstances.ledger(Map.of("budget.outbox.relay-enabled", "false"));
        String broken = freshDept(ledger, "K", 0);
        load(ledger, broken, true);
        ledger.kill();

        ledger = PackagedInstances.ledger();
        String control = freshDept(ledger, "K", 1);
        load(ledger, control, true);
        awaitApplied(reconciliation, List.of(broken, control), IMPORT_EVENTS + CHANGE_EVENTS);
        assertEquals(findings(reconciliation, control), findings(reconciliation, broken));
        assertTrue(findings(reconciliation, broken).stream().anyMatch(f -> f.startsWith("R05|3:2080106:total|ERROR")));
    }

    @Test
    void theRelayKilledAfterTheBrokersAcknowledgementAndBeforeItsMarkIsSkippedDownstream() throws Exception {
        reconciliation = PackagedInstances.reconciliation("kill9");
        ledger = PackagedInstances.ledger();
        String broken = freshDept(ledger, "K", 0);
        // nothing else pending, so that the relay's first batch after the restart is the import's
        PackagedSuite.awaitOutboxEmpty(ledger);
        ledger.close();

        // the relay halts once the broker has the import's events, before it marks them: they go out again
        ledger = PackagedInstances.ledger(Map.of("platform.fault-point", FaultPoint.OUTBOX_AFTER_PUBLISH));
        load(ledger, broken, false);
        assertEquals(137, ledger.awaitExit(HALT_PATIENCE), "halted at the fault point");
        assertTrue(ledger.log().contains("fault point " + FaultPoint.OUTBOX_AFTER_PUBLISH + " reached"));

        ledger = PackagedInstances.ledger();
        PackagedSuite.breakCell(ledger, broken);
        String control = freshDept(ledger, "K", 1);
        load(ledger, control, true);
        awaitApplied(reconciliation, List.of(broken, control), IMPORT_EVENTS + CHANGE_EVENTS);
        assertEquals(findings(reconciliation, control), findings(reconciliation, broken));
    }

    @Test
    void reconciliationKilledAfterItsCommitAndBeforeItsOffsetsAppliesTheRedeliveredBatchOnce() throws Exception {
        ledger = PackagedInstances.ledger();
        String broken = freshDept(ledger, "K", 0);
        String clean = freshDept(ledger, "K", 1);
        load(ledger, broken, true);
        load(ledger, clean, false);
        // the instance halts after committing its first batch to the database, before the offsets
        reconciliation = PackagedInstances.reconciliation("kill9", Map.of("platform.fault-point", FaultPoint.CONSUMER_AFTER_COMMIT));
        assertEquals(137, reconciliation.awaitExit(HALT_PATIENCE), "halted at the fault point");
        assertTrue(reconciliation.log().contains("fault point " + FaultPoint.CONSUMER_AFTER_COMMIT + " reached"));

        // its successor in the group gets the batch again from the last committed offsets
        reconciliation = PackagedInstances.reconciliation("kill9");
        String control = freshDept(ledger, "K", 2);
        load(ledger, control, true);
        awaitApplied(reconciliation, List.of(broken, control), IMPORT_EVENTS + CHANGE_EVENTS);
        awaitApplied(reconciliation, List.of(clean), IMPORT_EVENTS);
        assertEquals(findings(reconciliation, control), findings(reconciliation, broken));
        assertTrue(findings(reconciliation, clean).isEmpty(), findings(reconciliation, clean).toString());
    }
}
