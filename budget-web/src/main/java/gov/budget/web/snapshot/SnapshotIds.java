package gov.budget.web.snapshot;

import gov.budget.web.BudgetKeys;
import gov.budget.web.problem.InvalidInputException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.List;

/**
 * Reads one page of a snapshot as ids, in id order from a {@link SnapshotCursor}, the same way in
 * every owning service: the caller then loads and maps the rows those ids name.
 */
public final class SnapshotIds {

    /** The most rows one snapshot page may hold. */
    public static final int MAX_PAGE = 5000;

    private SnapshotIds() {
    }

    /** The ids of one page, and the cursor of the next page, or null after the last. */
    public record Page(List<Long> ids, String next) {
    }

    /**
     * Which rows a snapshot covers: all of them, or those of one owner, given as a JPQL condition
     * on the row alias {@code e} with the parameters {@code dept} and, for a budget, {@code year}.
     */
    public record Scope(String condition, String deptCode, Integer fiscalYear) {

        public static final Scope ALL = new Scope("", null, null);

        /** One budget's rows, the budget reached from the row by {@code budgetPath}; both keys or neither. */
        public static Scope ofBudget(String budgetPath, String deptCode, Integer fiscalYear) {
            return !BudgetKeys.oneBudget(deptCode, fiscalYear) ? ALL : new Scope(
                    " and e." + budgetPath + ".deptCode = :dept and e." + budgetPath + ".fiscalYear = :year", deptCode, fiscalYear);
        }

        /** One department's rows, or all when the code is left out. */
        public static Scope ofDept(String deptCode) {
            return deptCode == null || deptCode.isBlank() ? ALL : new Scope(" and e.deptCode = :dept", deptCode, null);
        }
    }

    /**
     * One page of {@code entity}'s ids within {@code scope}; {@code rows} names what a page holds,
     * for the refusal of a bad limit.
     */
    public static Page read(EntityManager em, String entity, Scope scope, String cursor, int limit, String rows) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw InvalidInputException.of("limit", limit, "a page holds 1 to " + MAX_PAGE + " " + rows);
        }
        SnapshotCursor at = cursor == null || cursor.isBlank() ? new SnapshotCursor(maxId(em, entity), 0) : SnapshotCursor.parse(cursor);
        TypedQuery<Long> query = em.createQuery("select e.id from " + entity + " e where e.id > :after and e.id <= :upTo"
                        + scope.condition() + " order by e.id", Long.class)
                .setParameter("after", at.afterId())
                .setParameter("upTo", at.upToId())
                .setMaxResults(limit);
        if (scope.deptCode() != null) {
            query.setParameter("dept", scope.deptCode());
        }
        if (scope.fiscalYear() != null) {
            query.setParameter("year", scope.fiscalYear());
        }
        List<Long> ids = query.getResultList();
        return new Page(ids, ids.size() < limit ? null : new SnapshotCursor(at.upToId(), ids.get(ids.size() - 1)).encode());
    }

    private static long maxId(EntityManager em, String entity) {
        Long max = em.createQuery("select max(e.id) from " + entity + " e", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }
}
