package gov.budget.reconciliation.flow;

import gov.budget.web.testing.PackagedService;
import gov.budget.web.testing.TestSigningKeys;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real services the flow tests start from their packaged jars, in the test profile (test database,
 * test topics, the module's test signing key), so that a test sees them exactly as they run.
 */
final class PackagedInstances {

    private static final Path LEDGER_JAR = Path.of("..", "budget-ledger-service", "target", "quarkus-app", "quarkus-run.jar");
    private static final Path RECONCILIATION_JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Duration START_PATIENCE = Duration.ofSeconds(90);

    private PackagedInstances() {
    }

    /** The ledger, which the change flows start from. */
    static PackagedService ledger() throws IOException {
        return start("budget-ledger-service-e2e", LEDGER_JAR, Map.of());
    }

    /** The ledger with settings of its own, such as its relay switched off or a fault point armed. */
    static PackagedService ledger(Map<String, String> settings) throws IOException {
        return start("budget-ledger-service-e2e", LEDGER_JAR, settings);
    }

    /** One more instance of this service (after packaging), in the same consumer group as every other. */
    static PackagedService reconciliation(String instance) throws IOException {
        return start("reconciliation-" + instance, RECONCILIATION_JAR, Map.of());
    }

    /** An instance of this service with settings of its own, such as another database or consumer group. */
    static PackagedService reconciliation(String instance, Map<String, String> settings) throws IOException {
        return start("reconciliation-" + instance, RECONCILIATION_JAR, settings);
    }

    private static PackagedService start(String name, Path jar, Map<String, String> settings) throws IOException {
        List<String> options = new ArrayList<>(List.of("-Xmx384m", "-Dquarkus.profile=test",
                "-Dmp.jwt.verify.publickey.location=" + TestSigningKeys.publicKey()));
        // the test profile's own keys, so that they win over the profile's values in application.properties
        settings.forEach((key, value) -> options.add("-D%test." + key + "=" + value));
        return PackagedService.start(name, jar, options, Path.of("target", name + ".log"), START_PATIENCE);
    }
}
