package gov.budget.bench;

import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.List;

/** Waits until every outbox is empty and reconciliation has no lag: everything written has been reconciled. */
final class Quiet {

    private Quiet() {
    }

    /** Returns the seconds it took. */
    static double await(PlatformApi api, int minutes) {
        long start = System.nanoTime();
        List<String> owners = List.of(api.ledger, api.performance, api.procurement, api.asset);
        Awaitility.await("the suite catching up").atMost(Duration.ofMinutes(minutes)).pollInterval(Duration.ofMillis(500))
                .until(() -> owners.stream().allMatch(o -> api.get(o + "/outbox").path("pending").asLong() == 0)
                        && api.get(api.reconciliation + "/reconciliations/consumer-lag").path("totalLag").asLong(-1) == 0);
        return IngestBenchmark.seconds(start);
    }
}
