package gov.budget.reconciliation.finding;

import gov.budget.reconciliation.projection.BudgetKey;
import gov.budget.reconciliation.rule.Severity;
import gov.budget.web.problem.NotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.jpa.HibernateHints;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One relation that does not hold at one location of a budget, stored once per (budget, rule,
 * location). It resolves by itself when the data is corrected, and is kept with its history.
 */
@Entity
@Table(name = "finding")
public class Finding extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dept_code", nullable = false)
    public String deptCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(name = "rule_id", nullable = false)
    public String ruleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Column(name = "table_no")
    public Integer tableNo;

    @Column(name = "row_code")
    public String rowCode;

    @Column(name = "column_code")
    public String column;

    /** Where it sits, {@code table:row:column}; with the budget and rule, it names the finding. */
    @Column(name = "location_key", nullable = false)
    public String locationKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FindingStatus status;

    @Column(precision = 24, scale = 6)
    public BigDecimal expected;

    @Column(precision = 24, scale = 6)
    public BigDecimal actual;

    @Column(precision = 24, scale = 6)
    public BigDecimal difference;

    /** The largest gap that would have been a rounding residual; 0 when compared exactly. */
    @Column(precision = 24, scale = 6)
    public BigDecimal tolerance;

    @Column(nullable = false, length = 1000)
    public String message;

    @Column(name = "first_seen_at", nullable = false)
    public Instant firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    /** The finding with this id, which must be one of this budget's; 404 otherwise. */
    public static Finding ofBudget(String deptCode, int fiscalYear, long id) {
        Finding finding = findById(id);
        if (finding == null || !finding.deptCode.equals(deptCode) || finding.fiscalYear != fiscalYear) {
            throw new NotFoundException("budget " + deptCode + "/" + fiscalYear + " has no finding " + id);
        }
        return finding;
    }

    /** Every finding of a budget, resolved ones included. */
    public static List<Finding> ofBudget(String deptCode, int fiscalYear) {
        return list("deptCode = ?1 and fiscalYear = ?2 order by ruleId, tableNo, rowCode, column", deptCode, fiscalYear);
    }

    /**
     * Every finding of these budgets, resolved ones included, read in one query, read-only: changes
     * made to them are not flushed, and must be written through {@link FindingWrites}.
     */
    public static Map<BudgetKey, List<Finding>> ofBudgets(Collection<BudgetKey> keys) {
        Map<BudgetKey, List<Finding>> byBudget = new HashMap<>();
        if (keys.isEmpty()) {
            return byBudget;
        }
        Set<String> departments = keys.stream().map(BudgetKey::deptCode).collect(Collectors.toSet());
        Set<Integer> years = keys.stream().map(BudgetKey::fiscalYear).collect(Collectors.toSet());
        Set<BudgetKey> wanted = new HashSet<>(keys);
        // read-only: an evaluation's changes are written set-based by FindingWrites, not flushed one entity at a time
        for (Finding finding : Finding.<Finding>find("deptCode in ?1 and fiscalYear in ?2", departments, years)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list()) {
            BudgetKey key = new BudgetKey(finding.deptCode, finding.fiscalYear);
            if (wanted.contains(key)) {
                byBudget.computeIfAbsent(key, k -> new ArrayList<>()).add(finding);
            }
        }
        return byBudget;
    }

    /** The findings that stand now. */
    public static List<Finding> openOfBudget(String deptCode, int fiscalYear) {
        return list("deptCode = ?1 and fiscalYear = ?2 and status = ?3 order by ruleId, tableNo, rowCode, column",
                deptCode, fiscalYear, FindingStatus.OPEN);
    }
}
