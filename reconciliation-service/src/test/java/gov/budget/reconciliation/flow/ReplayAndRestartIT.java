package gov.budget.reconciliation.flow;

import gov.budget.web.testing.PackagedService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static gov.budget.reconciliation.flow.PackagedSuite.CHANGE_EVENTS;
import static gov.budget.reconciliation.flow.PackagedSuite.IMPORT_EVENTS;
import static gov.budget.reconciliation.flow.PackagedSuite.PATIENCE;
import static gov.budget.reconciliation.flow.PackagedSuite.awaitApplied;
import static gov.budget.reconciliation.flow.PackagedSuite.breakCell;
import static gov.budget.reconciliation.flow.PackagedSuite.consumed;
import static gov.budget.reconciliation.flow.PackagedSuite.findings;
import static gov.budget.reconciliation.flow.PackagedSuite.freshDept;
import static gov.budget.reconciliation.flow.PackagedSuite.lag;
import static gov.budget.reconciliation.flow.PackagedSuite.load;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The budgets held in memory change nothing that a read of the database would not give: an
 * instance that replays the change topics from offset 0 into an empty database ends with the same
 * findings as the live instance, and an instance restarted with nothing in memory evaluates a change
 * exactly as the live one did with the budget in memory.
 */
class ReplayAndRestartIT {

    private static final String REPLAY_DATABASE = "budget_replay_test";
    private static final Duration REPLAY_PATIENCE = Duration.ofMinutes(10);

    private static PackagedService ledger;
    private static PackagedService live;
    private static PackagedService replay;
    private static PackagedService restarted;

    @BeforeAll
    static void start() throws Exception {
        ledger = PackagedInstances.ledger();
        live = PackagedInstances.reconciliation("live");
    }

    @AfterAll
    static void stop() {
        PackagedSuite.stop(restarted, replay, live, ledger);
    }

    @Test
    void aReplayIntoAnEmptyDatabaseAndAColdRestartGiveTheLiveFindings() throws Exception {
        String clean = freshDept(ledger, "R", 0);
        String broken = freshDept(ledger, "R", 1);
        String brokenLater = freshDept(ledger, "R", 2);
        load(ledger, clean, false);
        load(ledger, broken, true);
        load(ledger, brokenLater, false);
        awaitApplied(live, List.of(clean, brokenLater), IMPORT_EVENTS);
        awaitApplied(live, List.of(broken), IMPORT_EVENTS + CHANGE_EVENTS);
        List<String> cleanFindings = findings(live, clean);
        List<String> brokenFindings = findings(live, broken);
        assertTrue(cleanFindings.isEmpty(), "the sample is consistent: " + cleanFindings);
        assertTrue(brokenFindings.stream().anyMatch(f -> f.startsWith("R05|3:2080106:total|ERROR")), brokenFindings.toString());

        // a new instance with an empty database and its own consumer group reads every topic from the start
        recreateReplayDatabase();
        replay = PackagedInstances.reconciliation("replay", Map.of(
                "quarkus.datasource.jdbc.url", server() + REPLAY_DATABASE + "?connectionTimeZone=UTC&characterEncoding=UTF-8",
                "budget.reconciliation.group-id", "budget-reconciliation-replay-" + System.nanoTime()));
        // it reads everything the test topics ever held, which grows with every test run on a machine
        await().atMost(REPLAY_PATIENCE).until(() -> consumed(replay) > 0 && lag(replay) == 0);
        for (String dept : List.of(clean, broken, brokenLater)) {
            assertEquals(findings(live, dept), findings(replay, dept), "findings of " + dept + " after the replay");
        }
        replay.close();
        replay = null;

        // the live instance restarts with nothing in memory; a change then reads its budget from the database
        live.close();
        live = null;
        restarted = PackagedInstances.reconciliation("restarted");
        breakCell(ledger, brokenLater);
        awaitApplied(restarted, List.of(brokenLater), IMPORT_EVENTS + CHANGE_EVENTS);
        List<String> coldFindings = findings(restarted, brokenLater);
        assertFalse(coldFindings.isEmpty(), "the one-cent change is flagged");
        assertEquals(brokenFindings, coldFindings, "a cold model gives the findings a warm one gave");
    }

    /** Drops and creates the replay's database; the application user owns it (infra.sh grants it). */
    private static void recreateReplayDatabase() throws Exception {
        try (Connection connection = DriverManager.getConnection(server(),
                System.getenv().getOrDefault("BUDGET_DB_USER", "budget"), System.getenv().getOrDefault("BUDGET_DB_PASSWORD", "budget"));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + REPLAY_DATABASE + "`");
            statement.execute("CREATE DATABASE `" + REPLAY_DATABASE + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    /** The suite's database server, as the services find it. */
    private static String server() {
        return "jdbc:mysql://" + System.getenv().getOrDefault("BUDGET_DB_HOST", "127.0.0.1") + ":"
                + System.getenv().getOrDefault("BUDGET_DB_PORT", "3306") + "/";
    }
}
