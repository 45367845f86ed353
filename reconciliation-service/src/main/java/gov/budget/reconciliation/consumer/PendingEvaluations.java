package gov.budget.reconciliation.consumer;

import gov.budget.outbox.jdbc.MultiRowSql;
import gov.budget.outbox.jdbc.MultiRowSql.RowReader;
import gov.budget.reconciliation.facts.BudgetChanges;
import gov.budget.reconciliation.facts.BudgetModels;
import gov.budget.reconciliation.finding.DepartmentLocks;
import gov.budget.reconciliation.finding.BudgetReconciliation;
import gov.budget.reconciliation.config.ReconciliationConfig;
import gov.budget.reconciliation.projection.BudgetKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The budgets whose evaluation waits while the consumer catches up on a backlog: a queue in the
 * database, written in the transaction that wrote their events' rows, so that a restart loses none.
 * A budget waits once however many batches change it meanwhile, and is then evaluated once, on every
 * rule; that is what lets a backlog be applied at the speed of its writes.
 */
@ApplicationScoped
public class PendingEvaluations {

    @Inject
    BudgetModels models;

    @Inject
    ReconciliationConfig config;

    /** What waits for one budget: how many applied events, when they occurred, and since when it waits. */
    public record Pending(BudgetKey key, long events, Instant firstEventAt, Instant lastEventAt, Instant queuedAt) {
    }

    /** How many budgets wait, and since when the oldest does (null when none). */
    public record Backlog(long budgets, Instant oldestSince) {
    }

    private static final String COLUMNS = "dept_code, fiscal_year, events, first_event_at, last_event_at, queued_at";
    // a budget already waiting keeps its place in the queue; its counts and times grow
    // held follows the latest batch: the one with the transaction's last event clears it
    private static final String UPSERT_TAIL = "ON DUPLICATE KEY UPDATE events = events + VALUES(events), "
            + "first_event_at = COALESCE(LEAST(first_event_at, VALUES(first_event_at)), first_event_at, VALUES(first_event_at)), "
            + "last_event_at = COALESCE(GREATEST(last_event_at, VALUES(last_event_at)), last_event_at, VALUES(last_event_at)), "
            + "held = VALUES(held), held_at = VALUES(held_at)";

    /**
     * Queues the budgets a batch changed. Each evaluated before whose own facts changed has its
     * facts version raised, so that no full run takes it for evaluated, and its model held in memory,
     * if current, takes the batch's rows and the new version, so that it need not be read again; a
     * budget never evaluated has its model built up in memory for the same reason.
     * The {@code held} budgets, which a transaction read in part is changing, are marked so, and no
     * drain takes them, on any instance, until a batch queues or claims them again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(Map<BudgetKey, BudgetChanges> budgets, Instant now, Set<BudgetKey> held) {
        List<Object[]> rows = new ArrayList<>();
        // in key order, so that two writers never wait on each other in a circle
        new TreeSet<>(budgets.keySet()).forEach(key -> {
            BudgetChanges changes = budgets.get(key);
            rows.add(new Object[] {key.deptCode(), key.fiscalYear(), changes.events(), changes.firstEventAt(), changes.lastEventAt(), now,
                    held.contains(key), held.contains(key) ? now : null});
        });
        MultiRowSql.insert("INSERT INTO pending_evaluation (" + COLUMNS + ", held, held_at)", UPSERT_TAIL, 8, rows);
        List<BudgetKey> changedFacts = budgets.entrySet().stream().filter(e -> e.getValue().changesFacts()).map(Map.Entry::getKey).toList();
        // the states are locked as an evaluation locks them; a budget never evaluated has none yet
        Map<BudgetKey, BudgetReconciliation> states = BudgetReconciliation.lockedOf(changedFacts);
        states.forEach((key, state) -> models.advance(key, state.factsVersion, budgets.get(key), state.factsVersion + 1));
        // a budget never evaluated gets its model built meanwhile, so that its evaluation need not read it
        budgets.forEach((key, changes) -> {
            if (!states.containsKey(key)) {
                models.waitUnevaluated(key, changes);
            }
        });
        BudgetReconciliation.bumpFacts(states.values().stream().map(state -> state.id).toList());
        // the states are read-only: the ones held in this transaction follow the statement
        states.values().forEach(state -> state.factsVersion++);
    }

    /** Takes these budgets off the queue where they wait, locked, and returns what waited: a batch evaluating them now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<BudgetKey, Pending> claim(Collection<BudgetKey> keys) {
        Set<BudgetKey> wanted = new HashSet<>(keys);
        Set<String> departments = new TreeSet<>();
        keys.forEach(key -> departments.add(key.deptCode()));
        List<Pending> waiting = MultiRowSql.selectIn("SELECT " + COLUMNS + " FROM pending_evaluation WHERE dept_code IN (?) FOR UPDATE",
                List.of(), departments, PendingEvaluations::read).stream().filter(p -> wanted.contains(p.key())).toList();
        return removed(waiting);
    }

    /**
     * Takes up to {@code max} budgets off the queue, those waiting longest first, and returns them.
     * Budgets another instance is taking are skipped rather than waited for.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<BudgetKey, Pending> take(int max) {
        return take(max, HeldBudgets.NONE);
    }

    /**
     * As above, leaving the {@code held} budgets where they wait. The oldest are looked up first and
     * their departments locked ({@link DepartmentLocks}), as a batch's evaluation locks them before
     * it claims its budgets from the queue; then those of them no other instance is taking are taken.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<BudgetKey, Pending> take(int max, HeldBudgets held) {
        List<Object> parameters = new ArrayList<>();
        String waitingFree = waitingFree(held, parameters);
        List<Object> oldestParameters = new ArrayList<>(parameters);
        oldestParameters.add(max);
        List<Pending> oldest = MultiRowSql.select("SELECT " + COLUMNS + " FROM pending_evaluation WHERE " + waitingFree
                + " ORDER BY queued_at LIMIT ?", oldestParameters, PendingEvaluations::read);
        if (oldest.isEmpty()) {
            return Map.of();
        }
        Set<BudgetKey> wanted = new HashSet<>();
        Set<String> departments = new TreeSet<>();
        oldest.forEach(pending -> {
            wanted.add(pending.key());
            departments.add(pending.key().deptCode());
        });
        DepartmentLocks.lock(departments);
        List<Pending> taken = MultiRowSql.selectIn("SELECT " + COLUMNS + " FROM pending_evaluation WHERE " + waitingFree
                        + " AND dept_code IN (?) FOR UPDATE SKIP LOCKED", parameters, departments, PendingEvaluations::read).stream()
                .filter(pending -> wanted.contains(pending.key()))
                .sorted(Comparator.comparing(Pending::queuedAt))
                .toList();
        return removed(taken);
    }

    /**
     * The condition a budget that may be taken now meets, its values added to {@code parameters}: a
     * budget marked held by any instance's batch waits for its transaction's end, or until the hold
     * is over; a mark without its time was made before held_at existed, longer ago than any hold.
     */
    private String waitingFree(HeldBudgets held, List<Object> parameters) {
        parameters.add(Instant.now().minus(config.reconciliation().transactionHold()));
        return "(held = FALSE OR held_at IS NULL OR held_at < ?)" + notHeld(held, parameters);
    }

    /** A condition that leaves out the held budgets, its values added to {@code parameters}; empty when none is held. */
    private static String notHeld(HeldBudgets held, List<Object> parameters) {
        if (held.isEmpty()) {
            return "";
        }
        List<String> conditions = new ArrayList<>();
        held.budgets().forEach(key -> {
            conditions.add("(dept_code = ? AND fiscal_year = ?)");
            parameters.add(key.deptCode());
            parameters.add(key.fiscalYear());
        });
        held.departments().forEach(dept -> {
            conditions.add("dept_code = ?");
            parameters.add(dept);
        });
        return " AND NOT (" + String.join(" OR ", conditions) + ")";
    }

    /** How many budgets wait now. */
    @Transactional
    public Backlog backlog() {
        return MultiRowSql.select("SELECT COUNT(*), MIN(queued_at) FROM pending_evaluation", List.of(),
                row -> new Backlog(row.getLong(1), RowReader.instant(row, 2))).get(0);
    }

    private static Map<BudgetKey, Pending> removed(List<Pending> waiting) {
        Map<BudgetKey, Pending> taken = new LinkedHashMap<>();
        waiting.forEach(p -> taken.put(p.key(), p));
        MultiRowSql.deleteEach("pending_evaluation", List.of("dept_code", "fiscal_year"),
                waiting.stream().map(p -> new Object[] {p.key().deptCode(), p.key().fiscalYear()}).toList());
        return taken;
    }

    private static Pending read(ResultSet row) throws SQLException {
        return new Pending(new BudgetKey(row.getString(1), row.getInt(2)), row.getLong(3), RowReader.instant(row, 4),
                RowReader.instant(row, 5), RowReader.instant(row, 6));
    }
}
