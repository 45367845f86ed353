package gov.budget.reconciliation.rule;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.budget.contracts.event.EventCodec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rule sets shipped as data under {@code rules/}, one JSON file per region profile and range of
 * fiscal years, named in {@code rules/index.txt}. Every expression is parsed when the catalog loads,
 * so that a broken rule file stops the service at start, not at the first event.
 */
public final class RuleCatalog {

    private static final String INDEX = "rules/index.txt";

    private final List<RuleSet> ruleSets;

    private RuleCatalog(List<RuleSet> ruleSets) {
        this.ruleSets = List.copyOf(ruleSets);
    }

    /** Reads rule sets strictly: an unknown field is an error, not a rule silently left out. */
    static final ObjectMapper MAPPER = EventCodec.mapper().copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public static RuleCatalog load() {
        ClassLoader loader = RuleCatalog.class.getClassLoader();
        List<RuleSet> sets = new ArrayList<>();
        for (String file : lines(loader, INDEX)) {
            try (InputStream in = open(loader, "rules/" + file)) {
                RuleSet set = MAPPER.readValue(in, RuleSet.class);
                checkExpressions(set);
                sets.add(set);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read rule set " + file, e);
            }
        }
        return new RuleCatalog(sets);
    }

    /** Parses every expression of the set; an expression the library cannot read throws, naming its rule. */
    static void checkExpressions(RuleSet set) {
        set.rules().forEach(RuleCatalog::checkExpressions);
    }

    /** Parses the rule's comparison, its conditions and its checks' own comparisons. */
    static void checkExpressions(RuleDefinition rule) {
        RuleEngine.checkExpression(rule.id(), rule.comparison());
        rule.alsoFlag().forEach(flag -> RuleEngine.checkExpression(rule.id(), flag.when()));
        rule.checks().stream().filter(c -> c.comparison() != null)
                .forEach(c -> RuleEngine.checkExpression(rule.id(), c.comparison()));
    }

    public List<RuleSet> all() {
        return ruleSets;
    }

    /** The rule set for budgets of this template and year, if any. */
    public Optional<RuleSet> forBudget(String templateId, int fiscalYear) {
        return ruleSets.stream().filter(s -> s.appliesTo(templateId, fiscalYear)).findFirst();
    }

    private static List<String> lines(ClassLoader loader, String path) {
        try (InputStream in = open(loader, path);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
