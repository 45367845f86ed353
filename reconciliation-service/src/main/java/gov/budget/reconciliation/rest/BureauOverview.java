package gov.budget.reconciliation.rest;

import gov.budget.reconciliation.rest.ReconciliationView.BudgetStatus;
import gov.budget.reconciliation.rule.Severity;
import gov.budget.web.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bureau's view of a year, filtered, sorted and paged by the database: 10,000 department-years
 * are never read into memory to show fifty of them. A budget's status is derived in SQL exactly as
 * {@link ReconciliationResource#statusOf} derives it for one budget.
 */
@ApplicationScoped
public class BureauOverview {

    /**
     * Every department-year of the year with its header and open findings per severity; status_rank is
     * the ordinal of {@link BudgetStatus}. The year is its first two parameters.
     */
    private static final String BUDGETS = """
            select r.dept_code, p.dept_name, p.template_id, r.last_event_at, r.evaluated_at,
                   coalesce(c.errors, 0) errors, coalesce(c.warnings, 0) warnings, coalesce(c.infos, 0) infos,
                   case when r.evaluation_error is not null then 4
                        when r.evaluated_at is not null and r.rule_set_id is null then 1
                        when coalesce(c.errors, 0) > 0 then 3
                        when coalesce(c.warnings, 0) > 0 then 2
                        else 0 end status_rank
            from budget_reconciliation r
            left join budget_projection p on p.dept_code = r.dept_code and p.fiscal_year = r.fiscal_year
            left join (select dept_code,
                              sum(case when severity = 'ERROR' then 1 else 0 end) errors,
                              sum(case when severity = 'WARNING' then 1 else 0 end) warnings,
                              sum(case when severity = 'INFO' then 1 else 0 end) infos
                       from finding where fiscal_year = ?1 and status = 'OPEN' group by dept_code) c on c.dept_code = r.dept_code
            where r.fiscal_year = ?2""";

    /** How the view can be ordered, each with its SQL. */
    public enum Sort {
        DEPT("b.dept_code"),
        STATUS("b.status_rank desc, b.dept_code"),
        ERRORS("b.errors desc, b.dept_code"),
        WARNINGS("b.warnings desc, b.dept_code"),
        // latest first, budgets never changed last
        LAST_EVENT("case when b.last_event_at is null then 1 else 0 end, b.last_event_at desc, b.dept_code");

        final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /**
     * Which department-years to show; a null criterion does not filter.
     *
     * @param severity only budgets with at least one open finding of this severity
     * @param rule     only budgets with an open finding of this rule
     * @param text        a part of the department's name, or the start of its code
     * @param departments only these departments (a department editor's own); null for every one
     */
    public record Filter(int fiscalYear, BudgetStatus status, Severity severity, String rule, String template, String text,
                         Set<String> departments) {
    }

    @Inject
    EntityManager em;

    /** One page of the filtered view, and how many department-years all pages hold. */
    public Page<BudgetStatusView> page(Filter filter, Sort sort, int page, int size) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        Query count = em.createNativeQuery("select count(*) from (" + BUDGETS + ") b" + where);
        bind(count, filter.fiscalYear(), parameters);
        long total = ((Number) count.getSingleResult()).longValue();

        Query rows = em.createNativeQuery("select b.dept_code, b.dept_name, b.last_event_at, b.evaluated_at, b.errors, b.warnings, "
                + "b.infos, b.status_rank from (" + BUDGETS + ") b" + where + " order by " + sort.orderBy);
        bind(rows, filter.fiscalYear(), parameters);
        // the times typed by Hibernate, in the session's UTC like every entity's
        rows.unwrap(NativeQuery.class).addScalar("dept_code", StandardBasicTypes.STRING)
                .addScalar("dept_name", StandardBasicTypes.STRING).addScalar("last_event_at", StandardBasicTypes.INSTANT)
                .addScalar("evaluated_at", StandardBasicTypes.INSTANT).addScalar("errors", StandardBasicTypes.LONG)
                .addScalar("warnings", StandardBasicTypes.LONG).addScalar("infos", StandardBasicTypes.LONG)
                .addScalar("status_rank", StandardBasicTypes.INTEGER);
        rows.setFirstResult(page * size).setMaxResults(size);
        List<BudgetStatusView> items = new ArrayList<>();
        for (Object row : rows.getResultList()) {
            Object[] cells = (Object[]) row;
            Map<Severity, Long> open = new EnumMap<>(Severity.class);
            open.put(Severity.ERROR, ((Number) cells[4]).longValue());
            open.put(Severity.WARNING, ((Number) cells[5]).longValue());
            open.put(Severity.INFO, ((Number) cells[6]).longValue());
            items.add(new BudgetStatusView((String) cells[0], (String) cells[1], filter.fiscalYear(),
                    BudgetStatus.values()[(Integer) cells[7]], open, (Instant) cells[2], (Instant) cells[3]));
        }
        return new Page<>(items, page, size, total);
    }

    /** How many department-years of the year stand in each status; every status present. */
    public Map<BudgetStatus, Long> countByStatus(int fiscalYear) {
        Query query = em.createNativeQuery("select b.status_rank, count(*) from (" + BUDGETS + ") b group by b.status_rank");
        bind(query, fiscalYear, List.of());
        Map<BudgetStatus, Long> counts = new EnumMap<>(BudgetStatus.class);
        for (BudgetStatus status : BudgetStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            counts.put(BudgetStatus.values()[((Number) cells[0]).intValue()], ((Number) cells[1]).longValue());
        }
        return counts;
    }

    private static String where(Filter filter, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.departments() != null && filter.departments().isEmpty()) {
            where.append(" and 1 = 0");
        } else if (filter.departments() != null) {
            parameters.add(List.copyOf(filter.departments()));
            where.append(" and b.dept_code in (?").append(parameters.size() + 2).append(")");
        }
        if (filter.status() != null) {
            parameters.add(filter.status().ordinal());
            where.append(" and b.status_rank = ?").append(parameters.size() + 2);
        }
        if (filter.severity() != null) {
            where.append(switch (filter.severity()) {
                case ERROR -> " and b.errors > 0";
                case WARNING -> " and b.warnings > 0";
                case INFO -> " and b.infos > 0";
            });
        }
        if (filter.rule() != null) {
            parameters.add(filter.rule());
            where.append(" and exists (select 1 from finding f where f.dept_code = b.dept_code and f.fiscal_year = ?2 "
                    + "and f.status = 'OPEN' and f.rule_id = ?").append(parameters.size() + 2).append(")");
        }
        if (filter.template() != null) {
            parameters.add(filter.template());
            where.append(" and b.template_id = ?").append(parameters.size() + 2);
        }
        if (filter.text() != null) {
            // the caller's % and _ are letters, not wildcards
            String literal = filter.text().replace("!", "!!").replace("%", "!%").replace("_", "!_");
            parameters.add("%" + literal + "%");
            parameters.add(literal + "%");
            where.append(" and (b.dept_name like ?").append(parameters.size() + 1).append(" escape '!' or b.dept_code like ?")
                    .append(parameters.size() + 2).append(" escape '!')");
        }
        return where.toString();
    }

    /** The year as parameters 1 and 2, then the filter's from 3 on. */
    private static void bind(Query query, int fiscalYear, List<Object> parameters) {
        query.setParameter(1, fiscalYear).setParameter(2, fiscalYear);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 3, parameters.get(i));
        }
    }
}
