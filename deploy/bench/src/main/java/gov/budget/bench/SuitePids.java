package gov.budget.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The process ids in pid files: the suite's services in run.sh's run directory, and MariaDB's and Kafka's. */
final class SuitePids {

    private SuitePids() {
    }

    /** Each service's pid by its name (the file's name without {@code .pid}), in name order. */
    static Map<String, Long> services(Path runDirectory) throws IOException {
        Map<String, Long> pids = new LinkedHashMap<>();
        try (var files = Files.list(runDirectory)) {
            // a service whose file is unreadable is not running, and has nothing to report
            files.filter(f -> f.getFileName().toString().endsWith(".pid")).sorted()
                    .forEach(f -> read(f).ifPresent(pid -> pids.put(f.getFileName().toString().replace(".pid", ""), pid)));
        }
        return pids;
    }

    /** The pid in {@code file}, if it holds one. */
    static Optional<Long> read(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
