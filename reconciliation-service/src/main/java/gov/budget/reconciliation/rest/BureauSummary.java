package gov.budget.reconciliation.rest;

import gov.budget.reconciliation.finding.FindingChange;
import gov.budget.reconciliation.rest.BureauSummaryView.DayCount;
import gov.budget.reconciliation.rest.BureauSummaryView.RuleCount;
import gov.budget.reconciliation.rule.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The counts behind the bureau's charts: findings by rule, budgets by status, open findings day by day. */
@ApplicationScoped
public class BureauSummary {

    static final int DAYS = 30;

    @Inject
    EntityManager em;

    @Inject
    BureauOverview overview;

    /** The bureau's days are those of the nightly run's time zone. */
    @ConfigProperty(name = "budget.reconciliation.nightly-time-zone")
    ZoneId zone;

    /** Read in one transaction, so that the counts agree with each other while the consumer writes. */
    @Transactional
    public BureauSummaryView of(int fiscalYear) {
        List<RuleCount> byRule = byRule(fiscalYear);
        long openNow = byRule.stream().mapToLong(RuleCount::openFindings).sum();
        return new BureauSummaryView(fiscalYear, overview.countByStatus(fiscalYear), byRule,
                byDay(fiscalYear, openNow, LocalDate.now(Clock.system(zone))));
    }

    /** Per rule set and rule: a rule's id names it within its rule set, which the budget's last evaluation used. */
    private List<RuleCount> byRule(int fiscalYear) {
        Query query = em.createNativeQuery("""
                select r.rule_set_id rule_set, f.rule_id rule_id, f.severity severity, count(*) findings, count(distinct f.dept_code) budgets
                from finding f join budget_reconciliation r on r.dept_code = f.dept_code and r.fiscal_year = f.fiscal_year
                where f.fiscal_year = ?1 and f.status = 'OPEN'
                group by r.rule_set_id, f.rule_id, f.severity
                order by f.rule_id, r.rule_set_id, f.severity""")
                .setParameter(1, fiscalYear);
        query.unwrap(NativeQuery.class).addScalar("rule_set", StandardBasicTypes.STRING).addScalar("rule_id", StandardBasicTypes.STRING)
                .addScalar("severity", StandardBasicTypes.STRING).addScalar("findings", StandardBasicTypes.LONG)
                .addScalar("budgets", StandardBasicTypes.LONG);
        List<RuleCount> counts = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            counts.add(new RuleCount((String) cells[0], (String) cells[1], Severity.valueOf((String) cells[2]), (Long) cells[3],
                    (Long) cells[4]));
        }
        return counts;
    }

    /**
     * Walks back from the findings open now: a day ended with the findings open at the end of the next
     * one, less those that opened during it, plus those that resolved during it.
     */
    private List<DayCount> byDay(int fiscalYear, long openNow, LocalDate today) {
        LocalDate first = today.minusDays(DAYS - 1L);
        Map<LocalDate, Long> netOpened = netOpenedPerDay(fiscalYear, first.atStartOfDay(zone).toInstant());
        long[] open = new long[DAYS];
        open[DAYS - 1] = openNow;
        for (int i = DAYS - 1; i > 0; i--) {
            open[i - 1] = open[i] - netOpened.getOrDefault(first.plusDays(i), 0L);
        }
        List<DayCount> days = new ArrayList<>(DAYS);
        for (int i = 0; i < DAYS; i++) {
            days.add(new DayCount(first.plusDays(i), open[i]));
        }
        return days;
    }

    /** Per day since {@code from}: findings opened or reopened, less findings resolved. */
    private Map<LocalDate, Long> netOpenedPerDay(int fiscalYear, Instant from) {
        // the zone's offset now: exact for the bureau's zones, which keep no daylight saving time
        int offset = zone.getRules().getOffset(Instant.now()).getTotalSeconds();
        Query query = em.createNativeQuery("""
                select date(date_add(c.changed_at, interval ?1 second)) day, c.change_kind kind, count(*) changes
                from finding_change c join finding f on f.id = c.finding_id
                where f.fiscal_year = ?2 and c.changed_at >= ?3 and c.change_kind in ('OPENED', 'REOPENED', 'RESOLVED')
                group by date(date_add(c.changed_at, interval ?1 second)), c.change_kind""")
                .setParameter(1, offset).setParameter(2, fiscalYear).setParameter(3, from);
        query.unwrap(NativeQuery.class).addScalar("day", StandardBasicTypes.LOCAL_DATE)
                .addScalar("kind", StandardBasicTypes.STRING).addScalar("changes", StandardBasicTypes.LONG);
        Map<LocalDate, Long> net = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            long changes = (Long) cells[2];
            long signed = FindingChange.Kind.RESOLVED.name().equals(cells[1]) ? -changes : changes;
            net.merge((LocalDate) cells[0], signed, Long::sum);
        }
        return net;
    }
}
