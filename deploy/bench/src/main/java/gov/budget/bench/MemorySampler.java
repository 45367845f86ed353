package gov.budget.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The resident memory (VmRSS) of each running service, read from /proc by the pid files run.sh
 * writes: once at idle, and the highest seen while a benchmark loads the suite, leaving out the
 * moments a profile is recorded (the recorder's memory is the profile's, not the service's).
 */
final class MemorySampler implements AutoCloseable {

    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final Map<String, Long> peakKb = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "memory-sampler");
        thread.setDaemon(true);
        return thread;
    });

    private final BooleanSupplier profiling;

    MemorySampler(Path runDirectory, BooleanSupplier profiling) throws IOException {
        this.profiling = profiling;
        try (var files = Files.list(runDirectory)) {
            files.filter(f -> f.getFileName().toString().endsWith(".pid")).sorted().forEach(f -> {
                try {
                    pids.put(f.getFileName().toString().replace(".pid", ""), Long.parseLong(Files.readString(f).strip()));
                } catch (IOException | NumberFormatException ignored) {
                    // a service that is not running has no memory to report
                }
            });
        }
    }

    /** The resident memory of each service now, in MB. */
    Map<String, Double> now() {
        Map<String, Double> mb = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            long kb = rssKb(pid);
            if (kb > 0) {
                mb.put(name, kb / 1024.0);
            }
        });
        return mb;
    }

    void start() {
        sampler.scheduleAtFixedRate(() -> {
            if (!profiling.getAsBoolean()) {
                pids.forEach((name, pid) -> peakKb.merge(name, rssKb(pid), Math::max));
            }
        }, 0, 500, TimeUnit.MILLISECONDS);
    }

    /** The highest resident memory of each service since {@link #start()}, in MB. */
    Map<String, Double> peaks() {
        Map<String, Double> mb = new LinkedHashMap<>();
        pids.keySet().forEach(name -> mb.put(name, peakKb.getOrDefault(name, 0L) / 1024.0));
        return mb;
    }

    private static long rssKb(long pid) {
        return statusKb(pid, "VmRSS:");
    }

    /** The highest resident memory a process has had since it started (VmHWM), in MB; 0 when it is gone. */
    static double lifetimePeakMb(long pid) {
        return statusKb(pid, "VmHWM:") / 1024.0;
    }

    private static long statusKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException ignored) {
            // the process is gone
        }
        return 0;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
