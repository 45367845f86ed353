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
 * writes: once at idle, and the highest seen while a benchmark loads the suite. What the
 * benchmark's own tools hold is the tools' memory, not the service's: the moments a profile is
 * recorded are left out, and so is the memory the recorder keeps afterwards.
 */
final class MemorySampler implements AutoCloseable {

    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final Map<String, Long> peakKb = new ConcurrentHashMap<>();
    /** Memory a service holds for the benchmark's tools, not for itself, in MB; left out of its peak. */
    private final Map<String, Double> toolsMb = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "memory-sampler");
        thread.setDaemon(true);
        return thread;
    });

    private final BooleanSupplier profiling;

    MemorySampler(Path runDirectory, BooleanSupplier profiling) throws IOException {
        this.profiling = profiling;
        pids.putAll(SuitePids.services(runDirectory));
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

    /**
     * Runs {@code attach}, which loads a tool into the idle service, and leaves the resident memory
     * it added out of the service's peak; returns that memory in MB.
     */
    double leaveOut(String service, Runnable attach) {
        Long pid = pids.get(service);
        if (pid == null) {
            return 0;
        }
        long before = rssKb(pid);
        attach.run();
        double added = Math.max(0, rssKb(pid) - before) / 1024.0;
        toolsMb.put(service, added);
        return added;
    }

    /** The highest resident memory of each service since {@link #start()}, less its tools', in MB. */
    Map<String, Double> peaks() {
        Map<String, Double> mb = new LinkedHashMap<>();
        pids.keySet().forEach(name -> mb.put(name, peakKb.getOrDefault(name, 0L) / 1024.0 - toolsMb.getOrDefault(name, 0.0)));
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
