package gov.budget.reconciliation.flow;

import gov.budget.web.testing.TestSigningKeys;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A real service of the platform, started from its packaged jar in the test profile (test database,
 * test topics, the module's test signing key) on a free port, so that a test sees it exactly as it runs.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Path LEDGER_JAR = Path.of("..", "budget-ledger-service", "target", "quarkus-app", "quarkus-run.jar");
    private static final Path RECONCILIATION_JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The ledger, which the change flows start from. */
    static ServiceProcess ledger() throws IOException {
        return start("budget-ledger-service-e2e", LEDGER_JAR);
    }

    /** The ledger with settings of its own, such as its relay switched off or a fault point armed. */
    static ServiceProcess ledger(Map<String, String> settings) throws IOException {
        return start("budget-ledger-service-e2e", LEDGER_JAR, settings);
    }

    /** One more instance of this service (after packaging), in the same consumer group as every other. */
    static ServiceProcess reconciliation(String instance) throws IOException {
        return start("reconciliation-" + instance, RECONCILIATION_JAR);
    }

    /** An instance of this service with settings of its own, such as another database or consumer group. */
    static ServiceProcess reconciliation(String instance, Map<String, String> settings) throws IOException {
        return start("reconciliation-" + instance, RECONCILIATION_JAR, settings);
    }

    private static ServiceProcess start(String name, Path jar) throws IOException {
        return start(name, jar, Map.of());
    }

    private static ServiceProcess start(String name, Path jar, Map<String, String> settings) throws IOException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: package it first (mvn verify from the root does)");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("java", "-Xmx384m", "-Dquarkus.profile=test",
                "-Dmp.jwt.verify.publickey.location=" + TestSigningKeys.publicKey(),
                "-Dquarkus.http.port=" + port));
        // the test profile's own keys, so that they win over the profile's values in application.properties
        settings.forEach((key, value) -> command.add("-D%test." + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        Path log = Path.of("target", name + ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ServiceProcess service = new ServiceProcess(process, port, log);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> !process.isAlive() || service.ready());
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited; see " + log.toAbsolutePath());
        }
        return service;
    }

    String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    /** Everything it logged. */
    String log() throws IOException {
        return Files.readString(log);
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

    /** Kills it with SIGKILL, as {@code kill -9} does: no shutdown hook runs, nothing is flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits for it to end by itself, as at an armed fault point, and returns its exit code. */
    int awaitExit(Duration patience) throws InterruptedException {
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("still running after " + patience + "; see " + log.toAbsolutePath());
        }
        return process.exitValue();
    }

    /** Stops it as an operator would (SIGTERM): Quarkus finishes the consumer's round and leaves the group. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
        }
    }
}
