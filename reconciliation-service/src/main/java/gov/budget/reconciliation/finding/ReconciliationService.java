package gov.budget.reconciliation.finding;

import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.template.RegionTemplate;
import gov.budget.reconciliation.config.ReconciliationConfig;
import gov.budget.reconciliation.facts.BudgetChanges;
import gov.budget.reconciliation.facts.BudgetModel;
import gov.budget.reconciliation.facts.BudgetModels;
import gov.budget.reconciliation.facts.ModelReads;
import gov.budget.reconciliation.projection.BudgetKey;
import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.FindingDraft;
import gov.budget.reconciliation.rule.Lazy;
import gov.budget.reconciliation.rule.RegionTemplates;
import gov.budget.reconciliation.rule.RuleDefinition;
import gov.budget.reconciliation.rule.RuleEngine;
import gov.budget.reconciliation.rule.RuleOutcome;
import gov.budget.reconciliation.rule.RuleSet;
import gov.budget.reconciliation.rule.RuleSets;
import gov.budget.reconciliation.source.ledger.BudgetProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Evaluates a budget inside the caller's transaction, from its model in memory: after a change, only
 * the rules of its rule set that read what changed; in a full run, every rule, unless the budget was
 * evaluated on its current facts under the same rule set already. Then brings the findings of the
 * evaluated rules up to date.
 */
@ApplicationScoped
public class ReconciliationService {

    @Inject
    RuleSets ruleSets;

    @Inject
    BudgetModels models;

    @Inject
    FindingRecorder recorder;

    @Inject
    ReconciliationConfig config;

    @Inject
    EvaluationFailures failures;

    @Inject
    FindingEvents events;

    @Inject
    RegionTemplates templates;

    /**
     * Evaluates what one consumed batch changed in each of its budgets. The budgets' states are
     * locked and their findings read together, and the findings' writes are made together at the end.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reevaluate(Map<BudgetKey, BudgetChanges> budgets, Function<String, Lazy<List<AssetPayload>>> registers) {
        Map<BudgetKey, BudgetReconciliation> states = BudgetReconciliation.lockedOf(budgets.keySet());
        Map<BudgetKey, List<Finding>> findings = Finding.ofBudgets(budgets.keySet());
        // the models not held current are read together, before the budgets are evaluated one by one
        Map<BudgetKey, Long> storedVersions = new HashMap<>();
        Map<BudgetKey, BudgetChanges> unevaluated = new HashMap<>();
        budgets.forEach((key, changes) -> {
            BudgetReconciliation state = states.get(key);
            storedVersions.put(key, state == null ? 0L : state.factsVersion);
            if (state == null) {
                unevaluated.put(key, changes);
            }
        });
        ModelReads read = models.readMissing(storedVersions, unevaluated);
        FindingWrites writes = new FindingWrites();
        BudgetStateWrites stateWrites = new BudgetStateWrites();
        Instant now = Instant.now();
        budgets.forEach((key, changes) -> evaluate(key, states.get(key), findings, changes, registers.apply(key.deptCode()),
                false, read, writes, stateWrites, now));
        writes.write(events, now);
        stateWrites.write();
    }

    /**
     * Evaluates every rule of the budget, as a full run does, or nothing when its last evaluation
     * already saw its current facts under the current rule set. The department is locked first
     * ({@link DepartmentLocks}), so that a consumer evaluating it meanwhile comes before or after.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public FindingRecorder.Changes reevaluateInFull(BudgetKey key, Lazy<List<AssetPayload>> register) {
        // the state and the facts are read by plain JDBC: what this transaction wrote through entities
        // (a repair of the projections) must be in the database first
        BudgetReconciliation.getEntityManager().flush();
        // as the consumer's evaluations do: a department's budgets are evaluated one transaction at a time
        DepartmentLocks.lock(List.of(key.deptCode()));
        BudgetReconciliation state = BudgetReconciliation.lockedOf(key.deptCode(), key.fiscalYear()).orElse(null);
        if (state != null && settled(key, state)) {
            return new FindingRecorder.Changes(0, 0);
        }
        FindingWrites writes = new FindingWrites();
        BudgetStateWrites stateWrites = new BudgetStateWrites();
        Instant now = Instant.now();
        FindingRecorder.Changes changes = evaluate(key, state, Finding.ofBudgets(List.of(key)), null, register, true, null, writes,
                stateWrites, now);
        writes.write(events, now);
        stateWrites.write();
        return changes;
    }

    /**
     * The years of a department's budgets that a full run can leave without locking or reading them:
     * evaluated on their current facts, under the rule set that checks them now. Read without locks;
     * a budget that changes meanwhile is evaluated by the consumer.
     */
    public Set<Integer> settledYears(String deptCode) {
        Set<Integer> settled = new HashSet<>();
        BudgetReconciliation.getEntityManager().createQuery("select r.fiscalYear, r.ruleSetId, r.ruleSetVersion, "
                        + "(select p.templateId from BudgetProjection p where p.deptCode = r.deptCode and p.fiscalYear = r.fiscalYear) "
                        + "from BudgetReconciliation r where r.deptCode = ?1 and r.evaluatedFactsVersion = r.factsVersion "
                        + "and r.evaluationError is null", Object[].class)
                .setParameter(1, deptCode)
                .getResultStream()
                .forEach(r -> {
                    int year = (Integer) r[0];
                    RuleSet now = ruleSetOf((String) r[3], year);
                    if (now != null && now.id().equals(r[1]) && now.version().equals(r[2])) {
                        settled.add(year);
                    }
                });
        return settled;
    }

    /** Whether nothing changed the budget since its evaluation under the rule set that checks it now: a full run leaves it. */
    private boolean settled(BudgetKey key, BudgetReconciliation state) {
        if (!state.evaluatedOnCurrentFacts() || state.evaluationError != null) {
            return false;
        }
        RuleSet now = ruleSetOf(BudgetProjection.templateOf(key.deptCode(), key.fiscalYear()), key.fiscalYear());
        return now != null && now.id().equals(state.ruleSetId) && now.version().equals(state.ruleSetVersion);
    }

    /** Evaluates one budget whose state ({@code null} before its first evaluation) is locked, and records its findings. */
    private FindingRecorder.Changes evaluate(BudgetKey key, BudgetReconciliation locked, Map<BudgetKey, List<Finding>> findings,
                                             BudgetChanges changes, Lazy<List<AssetPayload>> register, boolean full,
                                             ModelReads read, FindingWrites writes, BudgetStateWrites stateWrites, Instant now) {
        BudgetReconciliation state = locked;
        if (state == null) {
            state = new BudgetReconciliation();
            state.deptCode = key.deptCode();
            state.fiscalYear = key.fiscalYear();
        }
        long storedVersion = state.factsVersion;
        if (changes != null && changes.changesFacts()) {
            state.factsVersion++;
        }
        Evaluation evaluation;
        try {
            evaluation = evaluateRules(key, state, changes, register, full, storedVersion, read);
        } catch (RuntimeException e) {
            if (InfrastructureFailure.isCause(e)) {
                throw e;
            }
            // a bug or bad data in this budget: set it aside, and let the batch's other budgets commit
            failures.setAside(key, state, e, now);
            models.forget(key);
            applied(state, changes);
            state.evaluatedAt = now;
            stateWrites.add(state);
            return new FindingRecorder.Changes(0, 0);
        }
        FindingRecorder.Changes recorded = new FindingRecorder.Changes(0, 0);
        RuleSet set = evaluation.set();
        if (set != null) {
            recorded = recorder.record(key.deptCode(), key.fiscalYear(), evaluation.checks().keySet(), evaluation.drafts(),
                    findings.getOrDefault(key, List.of()), writes, now);
            state.ruleSetId = set.id();
            state.ruleSetVersion = set.version();
            state.recordChecks(evaluation.checks(), set.rules().stream().map(RuleDefinition::id).toList());
        } else {
            // no rule set covers the budget (any more): it reads NO_RULES, never CONSISTENT
            state.ruleSetId = null;
            state.ruleSetVersion = null;
            state.relationsChecked = "";
        }
        state.evaluationSucceeded();
        applied(state, changes);
        state.evaluatedFactsVersion = state.factsVersion;
        state.evaluatedAt = now;
        stateWrites.add(state);
        return recorded;
    }

    /** What the rules found: the rule set (null when none covers the budget), checks by rule, and the drafts. */
    private record Evaluation(RuleSet set, Map<String, Integer> checks, List<FindingDraft> drafts) {
    }

    /** The part of an evaluation that may fail on a budget's own data or a rule's bug: it writes nothing. */
    private Evaluation evaluateRules(BudgetKey key, BudgetReconciliation state, BudgetChanges changes, Lazy<List<AssetPayload>> register,
                                     boolean full, long storedVersion, ModelReads read) {
        BudgetModel model = models.current(key, storedVersion, changes, state.factsVersion, read);
        RuleSet set = ruleSetOf(model.templateId(), key.fiscalYear());
        Map<String, Integer> checks = new LinkedHashMap<>();
        List<FindingDraft> drafts = new ArrayList<>();
        if (set != null) {
            BudgetFacts facts = model.facts(templateOf(model.templateId()), register);
            // a budget seen for the first time, under another rule set, or set aside before, is evaluated whole
            boolean whole = full || state.id == null || state.evaluationError != null
                    || !set.id().equals(state.ruleSetId) || !set.version().equals(state.ruleSetVersion);
            for (RuleDefinition rule : ruleSets.affectedBy(set, whole ? null : changes.inputs())) {
                RuleOutcome outcome = RuleEngine.evaluate(rule, facts);
                checks.put(rule.id(), outcome.checks());
                drafts.addAll(outcome.findings());
            }
        }
        return new Evaluation(set, checks, drafts);
    }

    private static void applied(BudgetReconciliation state, BudgetChanges changes) {
        if (changes != null) {
            state.eventsApplied += changes.events();
            if (changes.lastEventAt() != null && (state.lastEventAt == null || changes.lastEventAt().isAfter(state.lastEventAt))) {
                state.lastEventAt = changes.lastEventAt();
            }
        }
    }

    /**
     * The rule set that checks a budget under the template its header names (the default before the
     * header arrived), or null: a template no rule set covers, a registered one included, reads NO_RULES.
     */
    private RuleSet ruleSetOf(String namedTemplate, int fiscalYear) {
        String templateId = namedTemplate != null ? namedTemplate : config.reconciliation().defaultTemplate();
        return ruleSets.forBudget(templateId, fiscalYear).orElse(null);
    }

    /** The template a budget's header names; before the header arrived (null), or for an unknown one, the default. */
    private RegionTemplate templateOf(String named) {
        String fallback = config.reconciliation().defaultTemplate();
        String templateId = named != null ? named : fallback;
        return templates.find(templateId)
                .or(() -> templates.find(fallback))
                .orElseThrow(() -> new IllegalStateException("no region template " + templateId));
    }
}
