package gov.budget.reconciliation.rule;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The loaded rule sets, and which of a set's rules read a given input. */
@ApplicationScoped
public class RuleSets {

    private final RuleCatalog catalog = RuleCatalog.load();

    public List<RuleSet> all() {
        return catalog.all();
    }

    public Optional<RuleSet> forBudget(String templateId, int fiscalYear) {
        return catalog.forBudget(templateId, fiscalYear);
    }

    /** The rules that read any of {@code inputs}; every rule when {@code inputs} is null. */
    public List<RuleDefinition> affectedBy(RuleSet set, Set<RuleInput> inputs) {
        if (inputs == null) {
            return set.rules();
        }
        return set.rules().stream().filter(rule -> !Collections.disjoint(rule.inputs(), inputs)).toList();
    }
}
