package gov.budget.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Waits until every outbox is empty and reconciliation has no lag: everything written has been reconciled. */
final class Quiet {

    private Quiet() {
    }

    static double await(PlatformApi api, int minutes) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MINUTES.toNanos(minutes);
        List<String> owners = List.of(api.ledger, api.performance, api.procurement, api.asset);
        while (System.nanoTime() < deadline) {
            boolean quiet = owners.stream().allMatch(o -> api.get(o + "/outbox").path("pending").asLong() == 0)
                    && api.get(api.reconciliation + "/reconciliations/consumer-lag").path("totalLag").asLong(-1) == 0;
            if (quiet) {
                return IngestBenchmark.seconds(start);
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the suite did not catch up in " + minutes + " minutes");
    }
}
