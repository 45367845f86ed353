package gov.budget.web.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Stops and starts the local Kafka broker through the project's own infrastructure script. */
public final class LocalBroker {

    private static final Path SCRIPT = Path.of("..", "deploy", "local", "infra.sh");
    private static final Path LOG = Path.of("target", "local-broker.log");

    private LocalBroker() {
    }

    public static void stop() throws IOException, InterruptedException {
        run("kafka-down");
    }

    public static void start() throws IOException, InterruptedException {
        run("kafka-up");
    }

    private static void run(String command) throws IOException, InterruptedException {
        // to a file: output written straight to this JVM's stdout would corrupt the test runner's channel
        Process process = new ProcessBuilder("bash", SCRIPT.toString(), command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()))
                .start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("infra.sh " + command + " did not finish in 180 s");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("infra.sh " + command + " failed with exit code " + process.exitValue() + "; see " + LOG.toAbsolutePath());
        }
    }
}
