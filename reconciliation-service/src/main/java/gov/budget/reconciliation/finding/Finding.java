package gov.budget.reconciliation.finding;

import gov.budget.reconciliation.rule.Severity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

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

    /** Every finding of a budget, resolved ones included. */
    public static List<Finding> ofBudget(String deptCode, int fiscalYear) {
        return list("deptCode = ?1 and fiscalYear = ?2 order by ruleId, tableNo, rowCode, column", deptCode, fiscalYear);
    }

    /** The findings that stand now. */
    public static List<Finding> openOfBudget(String deptCode, int fiscalYear) {
        return list("deptCode = ?1 and fiscalYear = ?2 and status = ?3 order by ruleId, tableNo, rowCode, column",
                deptCode, fiscalYear, FindingStatus.OPEN);
    }
}
