package gov.budget.reconciliation.finding;

import gov.budget.outbox.jdbc.MultiRowSql;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Serialises the evaluations of a department's budgets across consumer threads and instances. A
 * department's register counts in each of its budgets, but its events are keyed by the year after
 * each asset's acquisition, so they spread over the asset topic's partitions: two transactions can
 * each write a part of it and evaluate the department's budgets, and without a lock each reads the
 * register without the other's part, and each decides which budgets hold a holdings table without
 * the other's table. An evaluating transaction locks its departments' rows first; under READ
 * COMMITTED, what it reads after the lock includes every part committed before it, so the last
 * evaluation of a department sees all of them.
 */
public final class DepartmentLocks {

    // the row of a department evaluated for the first time is made by the lock itself
    private static final String LOCK = "INSERT INTO department_lock (dept_code)";
    private static final String HELD = "ON DUPLICATE KEY UPDATE dept_code = VALUES(dept_code)";

    private DepartmentLocks() {
    }

    /** Locks the departments' rows until the transaction ends, in code order so that two transactions never wait in a circle. */
    public static void lock(Collection<String> deptCodes) {
        List<Object[]> rows = new TreeSet<>(deptCodes).stream().map(dept -> new Object[] {dept}).toList();
        MultiRowSql.insert(LOCK, HELD, 1, rows);
    }
}
