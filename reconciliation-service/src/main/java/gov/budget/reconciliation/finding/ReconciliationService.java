package gov.budget.reconciliation.finding;

import gov.budget.reconciliation.projection.LedgerLineProjection;
import gov.budget.reconciliation.rule.FindingDraft;
import gov.budget.reconciliation.rule.LedgerRule;
import gov.budget.reconciliation.rule.LedgerSnapshot;
import gov.budget.reconciliation.rule.LineValues;
import gov.budget.reconciliation.rule.RuleOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/** Re-evaluates every rule on one budget and replaces its findings, inside the caller's transaction. */
@ApplicationScoped
public class ReconciliationService {

    private final List<LedgerRule> rules;

    @Inject
    public ReconciliationService(Instance<LedgerRule> rules) {
        this.rules = rules.stream().sorted(Comparator.comparing(LedgerRule::id)).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reevaluate(String deptCode, int fiscalYear, int eventsApplied, Instant lastEventAt) {
        LedgerSnapshot ledger = snapshot(deptCode, fiscalYear);
        Instant now = Instant.now();
        int checks = 0;
        List<FindingDraft> drafts = new ArrayList<>();
        for (LedgerRule rule : rules) {
            RuleOutcome outcome = rule.evaluate(ledger);
            checks += outcome.checks();
            drafts.addAll(outcome.findings());
        }
        Finding.deleteOfBudget(deptCode, fiscalYear);
        drafts.forEach(d -> toEntity(deptCode, fiscalYear, d, now).persist());

        BudgetReconciliation state = BudgetReconciliation.of(deptCode, fiscalYear).orElseGet(() -> {
            BudgetReconciliation created = new BudgetReconciliation();
            created.deptCode = deptCode;
            created.fiscalYear = fiscalYear;
            return created;
        });
        state.relationsChecked = String.join(",", rules.stream().map(LedgerRule::id).toList());
        state.checks = checks;
        state.eventsApplied += eventsApplied;
        if (state.lastEventAt == null || lastEventAt.isAfter(state.lastEventAt)) {
            state.lastEventAt = lastEventAt;
        }
        state.evaluatedAt = now;
        state.persist();
    }

    public List<String> ruleIds() {
        return rules.stream().map(LedgerRule::id).toList();
    }

    private static LedgerSnapshot snapshot(String deptCode, int fiscalYear) {
        List<LineValues> lines = LedgerLineProjection.liveLines(deptCode, fiscalYear).stream()
                .map(l -> new LineValues(l.tableNo, l.rowKind, l.code, l.name, l.position, new HashMap<>(l.amounts)))
                .toList();
        return LedgerSnapshot.of(deptCode, fiscalYear, lines);
    }

    private static Finding toEntity(String deptCode, int fiscalYear, FindingDraft draft, Instant now) {
        Finding finding = new Finding();
        finding.deptCode = deptCode;
        finding.fiscalYear = fiscalYear;
        finding.ruleId = draft.ruleId();
        finding.severity = draft.severity();
        finding.tableNo = draft.tableNo();
        finding.rowCode = draft.rowCode();
        finding.column = draft.column();
        finding.expected = draft.expected();
        finding.actual = draft.actual();
        finding.difference = draft.difference();
        finding.message = draft.message();
        finding.detectedAt = now;
        return finding;
    }
}
