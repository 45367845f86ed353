package gov.budget.imports.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The published disclosures kept with the repository (deploy/samples), read by the tests. */
public final class Samples {

    private static final Path ROOT = Path.of("..", "deploy", "samples");

    private Samples() {
    }

    public static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
