package gov.budget.console;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

/**
 * Starts the real, packaged ledger, performance, procurement, asset, reconciliation and import services (test profile: test database, test
 * topics, this module's test signing key) before the console, and points the console at them: the
 * pages are tested against what the services really answer.
 */
public class PackagedServices implements QuarkusTestResourceLifecycleManager {

    private static final List<Process> STARTED = new ArrayList<>();
    private static String ledger;
    private static String reconciliation;
    private static String performance;
    private static String procurement;
    private static String asset;
    private static String imports;
    /** Quarkus's start-up line, with the port the service bound. */
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^\\s:]+:(\\d+)");

    @Override
    public Map<String, String> start() {
        try {
            ledger = start("ledger", Path.of("..", "budget-ledger-service", "target", "quarkus-app", "quarkus-run.jar"), List.of());
            performance = start("performance", Path.of("..", "performance-service", "target", "quarkus-app", "quarkus-run.jar"), List.of());
            // procurement reads a department and its sub-units from the ledger
            procurement = start("procurement", Path.of("..", "procurement-service", "target", "quarkus-app", "quarkus-run.jar"),
                    List.of("-D%test.quarkus.rest-client.ledger.url=" + ledger));
            asset = start("asset", Path.of("..", "asset-service", "target", "quarkus-app", "quarkus-run.jar"), List.of());
            reconciliation = start("reconciliation", Path.of("..", "reconciliation-service", "target", "quarkus-app", "quarkus-run.jar"),
                    List.of("-D%test.quarkus.rest-client.ledger.url=" + ledger, "-D%test.quarkus.rest-client.performance.url=" + performance,
                            "-D%test.quarkus.rest-client.procurement.url=" + procurement, "-D%test.quarkus.rest-client.asset.url=" + asset));
            imports = start("imports", Path.of("..", "disclosure-import-service", "target", "quarkus-app", "quarkus-run.jar"),
                    List.of("-D%test.quarkus.rest-client.ledger.url=" + ledger, "-D%test.quarkus.rest-client.reconciliation.url=" + reconciliation));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the services run in their test profile and publish on the test topics; the packaged console runs in its own
        return Map.of("quarkus.rest-client.ledger.url", ledger, "quarkus.rest-client.reconciliation.url", reconciliation,
                "quarkus.rest-client.performance.url", performance, "quarkus.rest-client.procurement.url", procurement,
                "quarkus.rest-client.asset.url", asset, "quarkus.rest-client.imports.url", imports,
                "console.findings-topic", "test.budget.reconciliation.v1");
    }

    @Override
    public void stop() {
        for (Process process : STARTED) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        STARTED.clear();
    }

    static String ledger() {
        return ledger;
    }

    static String reconciliation() {
        return reconciliation;
    }

    static String performance() {
        return performance;
    }

    static String procurement() {
        return procurement;
    }

    static String asset() {
        return asset;
    }

    private static String start(String name, Path jar, List<String> settings) throws IOException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: package it first (mvn verify from the root does)");
        }
        Path log = Path.of("target", "console-" + name + ".log");
        List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", "-Dquarkus.profile=test",
                "-Dmp.jwt.verify.publickey.location=" + ConsoleTokens.publicKey(), "-Dquarkus.http.port=0",
                "-Dplatform.service-token=" + ConsoleTokens.service(name)));
        command.addAll(settings);
        command.addAll(List.of("-jar", jar.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        STARTED.add(process);
        // the service binds a port of its own choosing (port 0) and logs it: a free port chosen here could
        // be taken by another process before the service bound it. The services' tests share this as
        // PackagedService in budget-web's test jar; the console cannot depend on that jar, whose test
        // callback would hold the console's pages to the services' API contract
        AtomicReference<String> base = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (base.get() == null) {
                // read as bytes: the log is being written, and may end in the middle of a character
                Matcher listening = LISTENING.matcher(new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
                if (listening.find()) {
                    base.set("http://127.0.0.1:" + listening.group(1));
                }
            }
            return !process.isAlive() || base.get() != null && ready(base.get());
        });
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited; see " + log.toAbsolutePath());
        }
        return base.get();
    }

    private static boolean ready(String base) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(base + "/q/health/ready").toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }
}
