package gov.budget.web.testing;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

/**
 * A service of the platform started from its packaged jar, for tests that need it exactly as it runs.
 * It binds a port of its own choosing (port 0), and the port is read from its start-up line: a free
 * port chosen beforehand could be taken by another process before the service bound it.
 */
public final class PackagedService implements AutoCloseable {

    /** Quarkus's start-up line, with the port the service bound. */
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^\\s:]+:(\\d+)");

    private final String name;
    private final Process process;
    private final Path log;
    private volatile String baseUri;

    private PackagedService(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code java <options> -jar <jar>} with its output in {@code log}, and waits until it is
     * ready. If it exits or is not ready in time, it is stopped and the start fails, naming the log.
     */
    public static PackagedService start(String name, Path jar, List<String> options, Path log, Duration patience) throws IOException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: package it first (mvn verify from the root does)");
        }
        List<String> command = new ArrayList<>(List.of("java", "-Dquarkus.http.port=0"));
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PackagedService service = new PackagedService(name, process, log);
        try {
            await().atMost(patience).pollInterval(Duration.ofMillis(250)).until(() -> !process.isAlive() || service.ready());
        } catch (RuntimeException notReady) {
            service.close();
            throw new IllegalStateException(name + " was not ready within " + patience + "; see " + log.toAbsolutePath(), notReady);
        }
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited; see " + log.toAbsolutePath());
        }
        return service;
    }

    /** Where it answers, such as {@code http://127.0.0.1:41234}. */
    public String baseUri() {
        return baseUri;
    }

    /** Everything it logged so far. */
    public String log() throws IOException {
        // read as bytes: the log is being written, and may end in the middle of a character
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    }

    /** Kills it with SIGKILL, as {@code kill -9} does: no shutdown hook runs, nothing is flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits for it to end by itself, as at an armed fault point, and returns its exit code. */
    public int awaitExit(Duration patience) throws InterruptedException {
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(name + " still running after " + patience + "; see " + log.toAbsolutePath());
        }
        return process.exitValue();
    }

    /** Stops it as an operator would (SIGTERM), and kills it if it has not ended within 30 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private boolean ready() throws IOException {
        if (baseUri == null) {
            Optional<String> port = boundPort();
            if (port.isEmpty()) {
                return false;
            }
            baseUri = "http://127.0.0.1:" + port.get();
        }
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(baseUri + "/q/health/ready").toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private Optional<String> boundPort() throws IOException {
        Matcher listening = LISTENING.matcher(log());
        return listening.find() ? Optional.of(listening.group(1)) : Optional.empty();
    }
}
