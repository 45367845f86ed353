package gov.budget.contracts.template;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.budget.contracts.event.EventCodec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The region templates shipped as data under {@code templates/}. A new region is a new JSON file
 * named in {@code templates/index.txt}; no code changes.
 */
public final class TemplateCatalog {

    private static final String INDEX = "templates/index.txt";

    private final Map<String, RegionTemplate> templates;

    private TemplateCatalog(Map<String, RegionTemplate> templates) {
        this.templates = templates;
    }

    /** Loads every template named in the classpath index. */
    public static TemplateCatalog load() {
        ClassLoader loader = TemplateCatalog.class.getClassLoader();
        Map<String, RegionTemplate> byId = new LinkedHashMap<>();
        for (String file : readIndex(loader)) {
            RegionTemplate template = read(loader, "templates/" + file);
            byId.put(template.id(), template);
        }
        return new TemplateCatalog(byId);
    }

    public Optional<RegionTemplate> find(String id) {
        return Optional.ofNullable(templates.get(id));
    }

    public List<RegionTemplate> all() {
        return List.copyOf(templates.values());
    }

    private static List<String> readIndex(ClassLoader loader) {
        try (InputStream in = open(loader, INDEX);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RegionTemplate read(ClassLoader loader, String path) {
        ObjectMapper mapper = EventCodec.mapper();
        try (InputStream in = open(loader, path)) {
            return mapper.readValue(in, RegionTemplate.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + path, e);
        }
    }

    private static InputStream open(ClassLoader loader, String path) {
        InputStream in = loader.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + path);
        }
        return in;
    }
}
