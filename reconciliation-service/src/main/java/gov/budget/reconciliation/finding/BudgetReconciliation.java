package gov.budget.reconciliation.finding;

import gov.budget.outbox.jdbc.MultiRowSql;
import gov.budget.outbox.jdbc.MultiRowSql.RowReader;
import gov.budget.reconciliation.projection.BudgetKey;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The state of one budget's reconciliation: when it was evaluated, against what, from how many events. */
@Entity
@Table(name = "budget_reconciliation")
public class BudgetReconciliation extends PanacheEntityBase {

    /** Every column but the id, in the order that the set-based reads and writes of states use. */
    static final String COLUMNS = "dept_code, fiscal_year, relations_checked, checks, events_applied, rule_set_id, "
            + "rule_checks, facts_version, evaluated_facts_version, rule_set_version, last_event_at, evaluated_at, "
            + "evaluation_error, evaluation_failures, retry_at";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dept_code", nullable = false)
    public String deptCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    /** The relation ids evaluated, comma-separated in catalog order. */
    @Column(name = "relations_checked", nullable = false)
    public String relationsChecked;

    /** How many individual comparisons the evaluation made. */
    @Column(nullable = false)
    public int checks;

    /** Events applied to this budget's projections since it was first seen; a redelivered event is not counted again. */
    @Column(name = "events_applied", nullable = false)
    public long eventsApplied;

    /** The rule set the budget was last evaluated with, such as {@code hebei-2024}. */
    @Column(name = "rule_set_id")
    public String ruleSetId;

    /** Comparisons per rule at its last evaluation, as {@code R01=2,R02=2}; rules are evaluated one by one as their inputs change. */
    @Column(name = "rule_checks")
    public String ruleChecks;

    /** Rises with every write to the budget's projections; a model held in memory counts only at this version. */
    @Column(name = "facts_version", nullable = false)
    public long factsVersion;

    /** The facts version of the last evaluation: a full run skips the budget while it is the current one. */
    @Column(name = "evaluated_facts_version")
    public Long evaluatedFactsVersion;

    /** The version of the rule set of the last evaluation. */
    @Column(name = "rule_set_version")
    public String ruleSetVersion;

    @Column(name = "last_event_at")
    public Instant lastEventAt;

    @Column(name = "evaluated_at", nullable = false)
    public Instant evaluatedAt;

    /** Why the last evaluation failed (the budget is set aside); null when it succeeded. */
    @Column(name = "evaluation_error", length = 1000)
    public String evaluationError;

    /** Failed evaluations in a row, for the backoff of the next try. */
    @Column(name = "evaluation_failures", nullable = false)
    public int evaluationFailures;

    /** When a failed evaluation is tried again; null when nothing failed. */
    @Column(name = "retry_at")
    public Instant retryAt;

    /** Comparisons per rule, in rule order. */
    public Map<String, Integer> checksByRule() {
        Map<String, Integer> byRule = new TreeMap<>();
        if (ruleChecks != null && !ruleChecks.isBlank()) {
            for (String entry : ruleChecks.split(",")) {
                String[] parts = entry.split("=");
                byRule.put(parts[0], Integer.parseInt(parts[1]));
            }
        }
        return byRule;
    }

    /** Records the comparisons of the rules just evaluated, keeps the others', and totals them. */
    public void recordChecks(Map<String, Integer> evaluated, List<String> ruleIds) {
        Map<String, Integer> byRule = checksByRule();
        byRule.putAll(evaluated);
        byRule.keySet().retainAll(ruleIds);
        ruleChecks = byRule.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        relationsChecked = String.join(",", ruleIds);
        checks = byRule.values().stream().mapToInt(Integer::intValue).sum();
    }

    public static Optional<BudgetReconciliation> of(String deptCode, int fiscalYear) {
        return find("deptCode = ?1 and fiscalYear = ?2", deptCode, fiscalYear).firstResultOptional();
    }

    /**
     * The budget's state locked for this transaction, so that the consumer and a full run never
     * evaluate one budget at once, and a repair's bump of the facts version is never lost. Read in
     * the locking statement itself, and not managed: an evaluation writes it back set-based
     * ({@link BudgetStateWrites}).
     */
    public static Optional<BudgetReconciliation> lockedOf(String deptCode, int fiscalYear) {
        return MultiRowSql.select("SELECT id, " + COLUMNS + " FROM budget_reconciliation WHERE dept_code = ? AND fiscal_year = ? FOR UPDATE",
                List.of(deptCode, fiscalYear), BudgetReconciliation::read).stream().findFirst();
    }

    /**
     * The states of these budgets, locked for this transaction as {@link #lockedOf(String, int)}
     * locks one, in one statement for up to 512 budgets: the rows are found and locked through the
     * unique index on the budget, in its order, as every locker of a state finds them, so that two
     * writers never wait on each other in a circle. Reading the ids first and then locking the rows by
     * id took two statements in every evaluating transaction. Not managed: an evaluation writes them
     * back set-based ({@link BudgetStateWrites}). Budgets without a state yet are missing from the map.
     */
    public static Map<BudgetKey, BudgetReconciliation> lockedOf(Collection<BudgetKey> keys) {
        List<Object[]> budgets = keys.stream().distinct().sorted()
                .map(key -> new Object[] {key.deptCode(), key.fiscalYear()})
                .toList();
        Map<BudgetKey, BudgetReconciliation> states = new HashMap<>();
        MultiRowSql.selectIn("SELECT id, " + COLUMNS + " FROM budget_reconciliation WHERE (dept_code, fiscal_year) IN (?) FOR UPDATE",
                List.of(), budgets, BudgetReconciliation::read)
                .forEach(state -> states.put(new BudgetKey(state.deptCode, state.fiscalYear), state));
        return states;
    }

    /** A state as {@link #COLUMNS} read it, after its id. */
    private static BudgetReconciliation read(ResultSet row) throws SQLException {
        BudgetReconciliation state = new BudgetReconciliation();
        state.id = row.getLong(1);
        state.deptCode = row.getString(2);
        state.fiscalYear = row.getInt(3);
        state.relationsChecked = row.getString(4);
        state.checks = row.getInt(5);
        state.eventsApplied = row.getLong(6);
        state.ruleSetId = row.getString(7);
        state.ruleChecks = row.getString(8);
        state.factsVersion = row.getLong(9);
        state.evaluatedFactsVersion = row.getObject(10, Long.class);
        state.ruleSetVersion = row.getString(11);
        state.lastEventAt = RowReader.instant(row, 12);
        state.evaluatedAt = RowReader.instant(row, 13);
        state.evaluationError = row.getString(14);
        state.evaluationFailures = row.getInt(15);
        state.retryAt = RowReader.instant(row, 16);
        return state;
    }

    /** Sets the budget aside after a failed evaluation: the error, and a retry after 1, 2, 4, … times {@code backoff}, at most 64. */
    public void evaluationFailed(String error, Instant now, Duration backoff) {
        evaluationError = error.length() > 1000 ? error.substring(0, 1000) : error;
        evaluationFailures++;
        retryAt = now.plus(backoff.multipliedBy(1L << Math.min(6, evaluationFailures - 1)));
    }

    public void evaluationSucceeded() {
        evaluationError = null;
        evaluationFailures = 0;
        retryAt = null;
    }

    /** The budgets set aside whose retry is due. */
    public static List<BudgetKey> dueForRetry(Instant now, int limit) {
        return getEntityManager().createQuery("select r.deptCode, r.fiscalYear from BudgetReconciliation r "
                        + "where r.retryAt <= ?1 order by r.retryAt", Object[].class)
                .setParameter(1, now)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new BudgetKey((String) row[0], (Integer) row[1]))
                .toList();
    }

    /**
     * Every budget this service knows, as keys only: a full run lists them all, and reading each
     * state as a managed entity, with its texts, was a sixth of the run's first seconds.
     */
    public static List<BudgetKey> keys() {
        return getEntityManager().createQuery("select r.deptCode, r.fiscalYear from BudgetReconciliation r", Object[].class)
                .getResultStream()
                .map(row -> new BudgetKey((String) row[0], (Integer) row[1]))
                .toList();
    }

    public boolean evaluatedOnCurrentFacts() {
        return evaluatedFactsVersion != null && evaluatedFactsVersion == factsVersion;
    }

    /** Marks the facts of these budgets changed, by their states' ids, in one statement per chunk of ids. */
    public static void bumpFacts(Collection<Long> ids) {
        MultiRowSql.updateIn("UPDATE budget_reconciliation SET facts_version = facts_version + 1 WHERE id IN (?)", List.of(), ids);
    }

    /** Marks the facts of the budget changed by a writer other than the consumer, such as a full run's repair. */
    public static void bumpFacts(String deptCode, int fiscalYear) {
        update("factsVersion = factsVersion + 1 where deptCode = ?1 and fiscalYear = ?2", deptCode, fiscalYear);
    }

    /** Marks the facts of every budget of a department changed, as a repair of its holdings tables does. */
    public static void bumpFactsOfDepartment(String deptCode) {
        update("factsVersion = factsVersion + 1 where deptCode = ?1", deptCode);
    }
}
