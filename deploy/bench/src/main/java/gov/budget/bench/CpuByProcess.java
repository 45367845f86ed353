package gov.budget.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The CPU each process on the machine spent on a timed phase, per unit of its work (a line, a
 * change, an event): the services by the pid files run.sh writes, MariaDB and Kafka by infra.sh's,
 * and the benchmark's own JVM, read from /proc before and after. A profile of one JVM says where
 * that JVM's time goes; this says which process the phase's time went to, with the machine's busy
 * share beside it, so a rate bound by a full machine shows as such.
 */
final class CpuByProcess {

    /** The kernel's clock ticks per second of CPU time in /proc; USER_HZ is 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final Map<String, Long> pids = new LinkedHashMap<>();

    /** The suite's services from {@code state}'s run directory, MariaDB and Kafka from their pid files, and this JVM. */
    CpuByProcess(Path state) {
        try {
            SuitePids.services(state.resolve("run")).forEach((service, pid) -> pids.put(shortName(service), pid));
        } catch (IOException e) {
            // no services running: the split then names the infrastructure and the benchmark only
        }
        SuitePids.read(Path.of("/run/mysqld/mariadbd-budget.pid")).ifPresent(pid -> pids.put("MariaDB", pid));
        SuitePids.read(state.resolve("kafka").resolve("broker.pid")).ifPresent(pid -> pids.put("Kafka", pid));
        pids.put("benchmark", ProcessHandle.current().pid());
    }

    /** Counts a process the benchmark started itself, such as the throughput benchmark's instance. */
    CpuByProcess with(String name, long pid) {
        pids.put(name, pid);
        return this;
    }

    /** The CPU ticks used so far by each process, and by the machine. */
    Snapshot snapshot() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        pids.forEach((name, pid) -> ticks.put(name, processTicks(pid)));
        return new Snapshot(ticks, machineTicks(), System.nanoTime());
    }

    /** The ticks at one moment. */
    record Snapshot(Map<String, Long> ticks, long machine, long at) {

        /**
         * What each process spent from {@code before} to this, in µs per unit over {@code units}, the
         * larger first, with the machine's total and how busy its cores were.
         */
        String perUnit(Snapshot before, double units, String unit) {
            StringJoiner split = new StringJoiner(", ");
            // the processes idle through the phase (under 1 µs a unit) are left out
            ticks.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), micros(e.getValue() - before.ticks().getOrDefault(e.getKey(), e.getValue()), units)))
                    .filter(e -> e.getValue() >= 1)
                    .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                    .forEach(e -> split.add(String.format(Locale.ROOT, "%s %.0f", e.getKey(), e.getValue())));
            double seconds = (at - before.at()) / 1e9;
            double busy = (machine - before.machine()) / TICKS_PER_SECOND / seconds / Runtime.getRuntime().availableProcessors();
            return String.format(Locale.ROOT, "µs of CPU per %s: %s; all processes %.0f, the %d cores %.0f%% busy", unit, split,
                    micros(machine - before.machine(), units), Runtime.getRuntime().availableProcessors(), 100 * busy);
        }

        private static double micros(long ticks, double units) {
            return units <= 0 ? 0 : ticks / TICKS_PER_SECOND * 1e6 / units;
        }
    }

    private static String shortName(String service) {
        return service.replace("budget-", "").replace("-service", "");
    }

    /** utime + stime of a process, its threads included; 0 once it has ended. */
    private static long processTicks(long pid) {
        try {
            return ticksOf(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * Seconds of CPU this JVM's compiler threads have used ({@code C1 CompilerThread}s and
     * {@code C2 CompilerThread}s, as Linux names them, cut to 15 characters).
     */
    static double ownCompilerSeconds() {
        long ticks = 0;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                        ticks += ticksOf(stat);
                    }
                } catch (IOException | RuntimeException e) {
                    // a thread that ended while the list was read
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** utime + stime of a process's or a thread's {@code stat} line. */
    private static long ticksOf(String stat) {
        // the name in brackets may hold spaces: the fields are counted after its closing bracket
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** The machine's busy ticks over all cores: user, nice, system, irq, softirq and steal. */
    private static long machineTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            return Long.parseLong(cpu[1]) + Long.parseLong(cpu[2]) + Long.parseLong(cpu[3]) + Long.parseLong(cpu[6])
                    + Long.parseLong(cpu[7]) + Long.parseLong(cpu[8]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
