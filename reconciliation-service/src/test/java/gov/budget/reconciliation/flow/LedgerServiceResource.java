package gov.budget.reconciliation.flow;

import gov.budget.web.testing.PackagedService;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Starts the real, packaged ledger service before this service starts, and points this service's
 * ledger client (the nightly run's snapshot reads) at it.
 */
public class LedgerServiceResource implements QuarkusTestResourceLifecycleManager {

    private static PackagedService ledger;

    @Override
    public Map<String, String> start() {
        try {
            ledger = PackagedInstances.ledger();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.rest-client.ledger.url", ledger.baseUri());
    }

    @Override
    public void stop() {
        if (ledger != null) {
            ledger.close();
        }
    }

    /** Where the ledger answers. */
    static String baseUri() {
        return ledger.baseUri();
    }
}
