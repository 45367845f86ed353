package gov.budget.procurement;

import gov.budget.web.testing.TestSigningKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * Starts the real, packaged ledger service (the department registry procurement checks sub-units
 * against) before this service starts, and points this service's ledger client at it.
 */
public class LedgerServiceResource implements QuarkusTestResourceLifecycleManager {

    private static final Path JAR = Path.of("..", "budget-ledger-service", "target", "quarkus-app", "quarkus-run.jar");
    private static final Path LOG = Path.of("target", "budget-ledger-service.log");

    private static String baseUri;
    private Process process;

    @Override
    public Map<String, String> start() {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: build budget-ledger-service first (mvn verify from the root does)");
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            baseUri = "http://127.0.0.1:" + socket.getLocalPort();
            process = new ProcessBuilder(List.of("java", "-Xmx384m", "-Dquarkus.profile=test",
                    "-Dmp.jwt.verify.publickey.location=" + TestSigningKeys.publicKey(),
                    "-Dquarkus.http.port=" + socket.getLocalPort(), "-jar", JAR.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(LOG.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> !process.isAlive() || ready());
        if (!process.isAlive()) {
            throw new IllegalStateException("budget-ledger-service exited; see " + LOG.toAbsolutePath());
        }
        return Map.of("quarkus.rest-client.ledger.url", baseUri);
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Where the ledger answers. */
    public static String baseUri() {
        return baseUri;
    }

    private static boolean ready() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(baseUri + "/q/health/ready").toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }
}
