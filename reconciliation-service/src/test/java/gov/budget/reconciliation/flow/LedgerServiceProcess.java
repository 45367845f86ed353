package gov.budget.reconciliation.flow;

import gov.budget.web.testing.TestSigningKeys;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * The real budget-ledger-service, started from its packaged jar in the test profile (test database,
 * test topics) on a free port, so that a change travels the whole way: REST, outbox, Kafka, reconciliation.
 */
final class LedgerServiceProcess implements AutoCloseable {

    private static final Path JAR = Path.of("..", "budget-ledger-service", "target", "quarkus-app", "quarkus-run.jar");
    private static final Path LOG = Path.of("target", "budget-ledger-service-e2e.log");

    private final Process process;
    private final int port;

    private LedgerServiceProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static LedgerServiceProcess start() throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: build budget-ledger-service first (mvn verify from the root does)");
        }
        int port = freePort();
        Process process = new ProcessBuilder(List.of("java", "-Xmx384m", "-Dquarkus.profile=test",
                "-Dmp.jwt.verify.publickey.location=" + TestSigningKeys.publicKey(),
                "-Dquarkus.http.port=" + port, "-jar", JAR.toString()))
                .redirectErrorStream(true)
                .redirectOutput(LOG.toFile())
                .start();
        LedgerServiceProcess ledger = new LedgerServiceProcess(process, port);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> !process.isAlive() || ledger.ready());
        if (!process.isAlive()) {
            throw new IllegalStateException("budget-ledger-service exited; see " + LOG.toAbsolutePath());
        }
        return ledger;
    }

    String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    private boolean ready() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(baseUri() + "/q/health/ready").toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
        }
    }
}
