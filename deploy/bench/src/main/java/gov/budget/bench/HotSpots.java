package gov.budget.bench;

import org.awaitility.Awaitility;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a service spends its time during a benchmark: a JDK Flight Recorder profile taken with
 * jcmd, summed by the platform's own methods nearest the top of each sampled stack.
 */
final class HotSpots {

    private static final Pattern FRAME = Pattern.compile("^\\s+([\\w.$<>]+)\\(", Pattern.MULTILINE);

    /** Frames kept of each sampled stack ({@link #configure}). */
    private static final int STACK_DEPTH = 256;

    /** How long after a recording's end its file is written and the recorder's buffers are let go. */
    private static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(3);

    /** The ledger, profiled by the ingest benchmark. */
    static final String LEDGER = "budget-ledger-service";
    /** Reconciliation, profiled by the change and full-run benchmarks. */
    static final String RECONCILIATION = "reconciliation-service";
    /** The suite's services that the benchmarks profile. */
    static final List<String> PROFILED_SERVICES = List.of(LEDGER, RECONCILIATION);

    private final Path runDirectory;
    private final Path output;
    /** Until when (System.nanoTime) a recording started here runs, settling included. */
    private volatile long recordingUntil = System.nanoTime();

    HotSpots(Path runDirectory, Path output) {
        this.runDirectory = runDirectory;
        this.output = output;
    }

    /** Starts a recording of the service for {@code seconds}; returns its file, or null if jcmd is missing. */
    Path start(String service, int seconds) {
        try {
            return start(service, pidOf(service), seconds);
        } catch (IOException e) {
            System.out.println("[bench] no profile of " + service + ": " + e.getMessage());
            return null;
        }
    }

    /** The process id run.sh wrote for a service. */
    private String pidOf(String service) throws IOException {
        return Files.readString(runDirectory.resolve(service + ".pid")).strip();
    }

    /** As above, for a process of the benchmark's own, named {@code name} in the recording's file. */
    Path start(String name, String pid, int seconds) {
        return start(name, pid, 0, seconds);
    }

    /**
     * As above, the recording starting {@code delaySeconds} from now: a process the benchmark has just
     * started spends its first seconds compiling, and a profile of them says more about the compilers
     * than about the code.
     */
    Path start(String name, String pid, int delaySeconds, int seconds) {
        try {
            Path file = output.resolve(name + "-" + System.currentTimeMillis() + ".jfr");
            configure(pid);
            recordingUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(delaySeconds + seconds) + SETTLE_NANOS;
            List<String> command = new ArrayList<>(List.of("jcmd", pid, "JFR.start", "settings=profile"));
            // the recorder refuses a delay under one second
            if (delaySeconds > 0) {
                command.add("delay=" + delaySeconds + "s");
            }
            command.addAll(List.of("duration=" + seconds + "s", "filename=" + file));
            String answer = run(command.toArray(String[]::new));
            // jcmd exits with 0 when the recorder refuses a recording
            if (!answer.contains("Started recording") && !answer.contains("scheduled to start")) {
                throw new IOException("the recorder refused: " + answer.strip());
            }
            return file;
        } catch (IOException | RuntimeException e) {
            System.out.println("[bench] no profile of " + name + ": " + e.getMessage());
            return null;
        }
    }

    /**
     * Sets up the recorder of a process that has not loaded it yet; the settings hold from its first
     * recording on. Stacks are kept 256 frames deep instead of 64: a change's stack through the REST
     * layer, the transaction, Hibernate and the driver runs deeper than 64, and a sample cut short
     * there lost the platform's frames and counted nowhere (a fifth of the ledger's samples under
     * changes). The recorder's buffers are 2 MB instead of 10, so that what it adds to the service's
     * memory under load stays near what is measured at idle and left out of its peak.
     */
    private static void configure(String pid) throws IOException {
        if (!recorderLoadedIn(pid)) {
            run("jcmd", pid, "JFR.configure", "stackdepth=" + STACK_DEPTH, "memorysize=2m");
        }
    }

    /**
     * Starts the recorder in a service with a one-second recording and waits until it has settled.
     * Once started, the recorder keeps its buffers and classes for the process's life:
     * starting it at idle lets that cost be measured there and left out of the service's figures.
     */
    void prime(String service) {
        Path file = start(service, 1);
        if (file != null) {
            Awaitility.await("the recording " + file).atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200))
                    .until(() -> !recording());
            awaitWritten(file);
        }
    }

    /**
     * Whether the recorder already runs in a service (from an earlier benchmark), judged by its
     * threads' names in /proc, which the recorder keeps for the process's life.
     */
    boolean recorderLoaded(String service) {
        try {
            return recorderLoadedIn(pidOf(service));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean recorderLoadedIn(String pid) {
        try (var tasks = Files.list(Path.of("/proc", pid, "task"))) {
            return tasks.anyMatch(task -> {
                try {
                    return Files.readString(task.resolve("comm")).startsWith("JFR Recorder");
                } catch (IOException gone) {
                    return false;
                }
            });
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether a recording runs now: its samples then add to the recorder's own memory, which is the
     * profile's cost, not the service's.
     */
    boolean recording() {
        return System.nanoTime() - recordingUntil < 0;
    }

    /** The platform methods that most samples were in, with their share of the samples. */
    List<String> summarise(Path recording, int top) {
        if (recording == null) {
            return List.of();
        }
        try {
            awaitWritten(recording);
            String samples = run("jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", String.valueOf(STACK_DEPTH),
                    recording.toString());
            Map<String, Integer> counts = new LinkedHashMap<>();
            int total = 0;
            for (String sample : samples.split("jdk.ExecutionSample")) {
                List<String> frames = new ArrayList<>();
                Matcher frame = FRAME.matcher(sample);
                while (frame.find()) {
                    frames.add(frame.group(1));
                }
                if (frames.isEmpty()) {
                    continue;
                }
                total++;
                List<String> ours = frames.stream()
                        .filter(f -> f.startsWith("gov.budget") && !f.contains("$$_hibernate") && !f.contains("_Subclass")
                                && !f.contains("ClientProxy") && !f.contains("_Observer_"))
                        .limit(2).toList();
                String key = ours.isEmpty() ? "(outside the platform's code) " + frames.get(0) : String.join(" ← ", ours);
                counts.merge(key, 1, Integer::sum);
            }
            int samplesTotal = total;
            return counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(top)
                    .map(e -> String.format("%.0f%% %s", 100.0 * e.getValue() / samplesTotal, e.getKey()))
                    .collect(Collectors.toList());
        } catch (IOException | RuntimeException e) {
            return List.of("profile unreadable: " + e.getMessage());
        }
    }

    /**
     * Waits until the recorder has written a recording's file. It creates the file when the recording's
     * duration is over and fills it after: read as soon as it existed, the ledger's profile of an ingest
     * run was once an empty file. Written means not empty, and of the same size at two looks half a
     * second apart.
     */
    private static void awaitWritten(Path recording) {
        long[] sizeSeen = {-1};
        Awaitility.await("the recording " + recording).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    long size = Files.exists(recording) ? Files.size(recording) : 0;
                    boolean settled = size > 0 && size == sizeSeen[0];
                    sizeSeen[0] = size;
                    return settled;
                });
    }

    private static String run(String... command) throws IOException {
        Process process = new ProcessBuilder(Arrays.asList(command)).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + out.lines().limit(3).collect(Collectors.joining(" ")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return out;
    }
}
