package gov.budget.reconciliation.finding;

import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.FindingDraft;
import gov.budget.reconciliation.rule.RuleDefinition;
import gov.budget.reconciliation.rule.RuleEngine;
import gov.budget.reconciliation.rule.RuleInput;
import gov.budget.reconciliation.rule.RuleOutcome;
import gov.budget.reconciliation.rule.RuleSet;
import gov.budget.reconciliation.rule.RuleSets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-evaluates a budget after a change, inside the caller's transaction: only the rules of its rule
 * set that read what changed, then brings their findings up to date.
 */
@ApplicationScoped
public class ReconciliationService {

    @Inject
    RuleSets ruleSets;

    @Inject
    BudgetFactsLoader factsLoader;

    @Inject
    FindingRecorder recorder;

    /**
     * @param inputs what the applied events changed; null re-evaluates every rule
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public FindingRecorder.Changes reevaluate(String deptCode, int fiscalYear, Set<RuleInput> inputs, int eventsApplied,
                                              Instant lastEventAt) {
        BudgetFacts facts = factsLoader.load(deptCode, fiscalYear);
        Instant now = Instant.now();
        BudgetReconciliation state = BudgetReconciliation.of(deptCode, fiscalYear).orElseGet(() -> {
            BudgetReconciliation created = new BudgetReconciliation();
            created.deptCode = deptCode;
            created.fiscalYear = fiscalYear;
            return created;
        });
        RuleSet set = ruleSets.forBudget(facts.template().id(), fiscalYear).orElse(null);
        FindingRecorder.Changes changes = new FindingRecorder.Changes(0, 0);
        if (set != null) {
            // a budget seen for the first time, or under another rule set, is evaluated whole
            boolean whole = state.id == null || !set.id().equals(state.ruleSetId);
            List<RuleDefinition> rules = ruleSets.affectedBy(set, whole ? null : inputs);
            Map<String, Integer> checks = new LinkedHashMap<>();
            List<FindingDraft> drafts = new ArrayList<>();
            for (RuleDefinition rule : rules) {
                RuleOutcome outcome = RuleEngine.evaluate(rule, facts);
                checks.put(rule.id(), outcome.checks());
                drafts.addAll(outcome.findings());
            }
            changes = recorder.record(deptCode, fiscalYear, checks.keySet(), drafts, now);
            state.ruleSetId = set.id();
            state.recordChecks(checks, set.rules().stream().map(RuleDefinition::id).toList());
        } else if (state.relationsChecked == null) {
            state.relationsChecked = "";
        }
        state.eventsApplied += eventsApplied;
        if (lastEventAt != null && (state.lastEventAt == null || lastEventAt.isAfter(state.lastEventAt))) {
            state.lastEventAt = lastEventAt;
        }
        state.evaluatedAt = now;
        state.persist();
        return changes;
    }
}
