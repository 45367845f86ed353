package gov.budget.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.List;

/** Waits until every outbox is empty, reconciliation has no lag and no budget waits: everything written has been reconciled. */
final class Quiet {

    private Quiet() {
    }

    /** Returns the seconds it took. */
    static double await(PlatformApi api, int minutes) {
        long start = System.nanoTime();
        List<String> owners = List.of(api.ledger, api.performance, api.procurement, api.asset);
        Awaitility.await("the suite catching up").atMost(Duration.ofMinutes(minutes)).pollInterval(Duration.ofMillis(500))
                .until(() -> owners.stream().allMatch(o -> api.get(o + "/outbox").path("pending").asLong() == 0)
                        && caughtUp(api.get(api.reconciliation + "/reconciliations/consumer-lag")));
        return IngestBenchmark.seconds(start);
    }

    /** Whether a consumer-lag answer says the findings are current: nothing left to read, no budget waiting for evaluation. */
    static boolean caughtUp(JsonNode lag) {
        return lag.path("totalLag").asLong(-1) == 0 && lag.path("pendingEvaluations").asLong(-1) == 0;
    }
}
