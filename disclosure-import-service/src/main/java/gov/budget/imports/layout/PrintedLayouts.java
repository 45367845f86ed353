package gov.budget.imports.layout;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** The printed layouts this service reads, from {@code layouts/} on the class path. */
public final class PrintedLayouts {

    private static final List<String> BUILT_IN = List.of("shanghai-putuo", "hebei-2024");

    private final List<PrintedLayout> layouts;

    private PrintedLayouts(List<PrintedLayout> layouts) {
        this.layouts = layouts;
    }

    public static PrintedLayouts load() {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        return new PrintedLayouts(BUILT_IN.stream().map(id -> read(mapper, id)).toList());
    }

    public List<PrintedLayout> all() {
        return layouts;
    }

    /** The layouts of the regions that publish in this form. */
    public List<PrintedLayout> ofForm(PrintedLayout.DocumentForm form) {
        return layouts.stream().filter(l -> l.documentForm() == form).toList();
    }

    /** The layout of a region, as its cover prints the region's name. */
    public Optional<PrintedLayout> ofRegion(String region) {
        return layouts.stream().filter(l -> l.region().equals(region)).findFirst();
    }

    private static PrintedLayout read(ObjectMapper mapper, String id) {
        try (InputStream in = PrintedLayouts.class.getClassLoader().getResourceAsStream("layouts/" + id + ".json")) {
            if (in == null) {
                throw new IllegalStateException("layouts/" + id + ".json is missing");
            }
            return mapper.readValue(in, PrintedLayout.class);
        } catch (IOException e) {
            throw new UncheckedIOException("layouts/" + id + ".json cannot be read", e);
        }
    }
}
