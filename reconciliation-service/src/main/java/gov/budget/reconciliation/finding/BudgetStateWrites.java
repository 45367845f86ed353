package gov.budget.reconciliation.finding;

import gov.budget.outbox.jdbc.MultiRowSql;

import java.util.ArrayList;
import java.util.List;

/**
 * The budgets' states that evaluations decided, written together: the states of budgets evaluated
 * for the first time in one multi-row insert, which fails as a second insert of one budget would,
 * and the stored ones, locked and read read-only ({@link BudgetReconciliation#lockedOf}), in one
 * multi-row upsert by id. Persisted and flushed as entities, they were two statements a budget, each
 * new one waiting for its generated id.
 */
final class BudgetStateWrites {

    private static final String COLUMNS = BudgetReconciliation.COLUMNS;
    private static final String INSERT_NEW = "INSERT INTO budget_reconciliation (" + COLUMNS + ")";
    private static final String UPSERT_STORED = "INSERT INTO budget_reconciliation (id, " + COLUMNS + ")";
    private static final String UPSERT_STORED_TAIL = "ON DUPLICATE KEY UPDATE relations_checked = VALUES(relations_checked), "
            + "checks = VALUES(checks), events_applied = VALUES(events_applied), rule_set_id = VALUES(rule_set_id), "
            + "rule_checks = VALUES(rule_checks), facts_version = VALUES(facts_version), "
            + "evaluated_facts_version = VALUES(evaluated_facts_version), rule_set_version = VALUES(rule_set_version), "
            + "last_event_at = VALUES(last_event_at), evaluated_at = VALUES(evaluated_at), evaluation_error = VALUES(evaluation_error), "
            + "evaluation_failures = VALUES(evaluation_failures), retry_at = VALUES(retry_at)";

    private final List<BudgetReconciliation> created = new ArrayList<>();
    private final List<BudgetReconciliation> stored = new ArrayList<>();

    /** A budget's state after its evaluation: new when it has no id yet. */
    void add(BudgetReconciliation state) {
        (state.id == null ? created : stored).add(state);
    }

    /** Writes every state added, and gives the new ones their ids. */
    void write() {
        long[] ids = MultiRowSql.insertReturningIds(INSERT_NEW, 15, created.stream().map(BudgetStateWrites::row).toList());
        for (int i = 0; i < ids.length; i++) {
            created.get(i).id = ids[i];
        }
        MultiRowSql.insert(UPSERT_STORED, UPSERT_STORED_TAIL, 16, stored.stream().map(BudgetStateWrites::storedRow).toList());
        created.clear();
        stored.clear();
    }

    private static Object[] row(BudgetReconciliation s) {
        // a budget set aside at its first evaluation has checked no relation yet
        return new Object[] {s.deptCode, s.fiscalYear, s.relationsChecked == null ? "" : s.relationsChecked, s.checks,
                s.eventsApplied, s.ruleSetId, s.ruleChecks, s.factsVersion, s.evaluatedFactsVersion, s.ruleSetVersion,
                s.lastEventAt, s.evaluatedAt, s.evaluationError, s.evaluationFailures, s.retryAt};
    }

    private static Object[] storedRow(BudgetReconciliation s) {
        return MultiRowSql.prepend(s.id, row(s));
    }
}
