package gov.budget.procurement;

import gov.budget.web.testing.PackagedService;
import gov.budget.web.testing.TestSigningKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Starts the real, packaged ledger service (the department registry procurement checks sub-units
 * against) before this service starts, and points this service's ledger client at it.
 */
public class LedgerServiceResource implements QuarkusTestResourceLifecycleManager {

    private static final Path JAR = Path.of("..", "budget-ledger-service", "target", "quarkus-app", "quarkus-run.jar");
    private static final Path LOG = Path.of("target", "budget-ledger-service.log");

    private static PackagedService ledger;

    @Override
    public Map<String, String> start() {
        try {
            ledger = PackagedService.start("budget-ledger-service", JAR, List.of("-Xmx384m", "-Dquarkus.profile=test",
                    "-Dmp.jwt.verify.publickey.location=" + TestSigningKeys.publicKey()), LOG, Duration.ofSeconds(60));
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
    public static String baseUri() {
        return ledger.baseUri();
    }
}
