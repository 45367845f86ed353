package gov.budget.ledger.line;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** The seed department's table 3 as published, read from the project's sample data. */
final class SeedTable3 {

    private static final Path FILE = Path.of("..", "deploy", "local", "sample", "323-2024", "ledger-table-3.json");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private SeedTable3() {
    }

    static String json() {
        try {
            return Files.readString(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("sample data missing: " + FILE.toAbsolutePath(), e);
        }
    }

    /** The seed with one published cell replaced, as text, so the change is exactly the one a user would make. */
    static String withCell(String before, String after) {
        String json = json();
        if (!json.contains(before)) {
            throw new IllegalArgumentException("seed has no " + before);
        }
        return json.replace(before, after);
    }

    /** A department code not used by any earlier run, so tests never see each other's data. */
    static String freshDeptCode() {
        return "T" + Long.toString(System.currentTimeMillis(), 36).toUpperCase() + SEQUENCE.incrementAndGet();
    }
}
