package gov.budget.reconciliation.rule;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The loaded rule sets, and which of a set's rules read a given input. */
@ApplicationScoped
public class RuleSets {

    private final RuleCatalog catalog = RuleCatalog.load();

    /** The registered rule sets as last read from the database; replaced whole, so readers never see a half-read list. */
    private volatile List<RuleSet> registered;

    /** The shipped rule sets, then the registered ones. */
    public List<RuleSet> all() {
        return Stream.concat(catalog.all().stream(), registered().stream()).toList();
    }

    public Optional<RuleSet> forBudget(String templateId, int fiscalYear) {
        return catalog.forBudget(templateId, fiscalYear)
                .or(() -> registered().stream().filter(s -> s.appliesTo(templateId, fiscalYear)).findFirst());
    }

    public boolean isShipped(String id) {
        return catalog.all().stream().anyMatch(s -> s.id().equals(id));
    }

    /** Reads the registered rule sets again: after a registration here, and every 30 s for those of other instances. */
    @Scheduled(every = "30s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        registered = QuarkusTransaction.requiringNew().call(() -> RegisteredRuleSet.<RegisteredRuleSet>listAll().stream()
                .sorted(Comparator.comparing(r -> r.id))
                .map(RuleSets::parse)
                .toList());
    }

    private List<RuleSet> registered() {
        List<RuleSet> sets = registered;
        if (sets == null) {
            refresh();
            sets = registered;
        }
        return sets;
    }

    static RuleSet parse(RegisteredRuleSet record) {
        try {
            return RuleCatalog.MAPPER.readValue(record.body, RuleSet.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rule set " + record.id + " is stored unreadable", e);
        }
    }

    /** The rules that read any of {@code inputs}; every rule when {@code inputs} is null. */
    public List<RuleDefinition> affectedBy(RuleSet set, Set<RuleInput> inputs) {
        if (inputs == null) {
            return set.rules();
        }
        return set.rules().stream().filter(rule -> !Collections.disjoint(rule.inputs(), inputs)).toList();
    }
}
