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

/** A current finding of a budget: one relation that does not hold. */
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

    @Column(precision = 20, scale = 2)
    public BigDecimal expected;

    @Column(precision = 20, scale = 2)
    public BigDecimal actual;

    @Column(precision = 20, scale = 2)
    public BigDecimal difference;

    @Column(nullable = false, length = 1000)
    public String message;

    @Column(name = "detected_at", nullable = false)
    public Instant detectedAt;

    public static List<Finding> ofBudget(String deptCode, int fiscalYear) {
        return list("deptCode = ?1 and fiscalYear = ?2 order by ruleId, tableNo, rowCode, column", deptCode, fiscalYear);
    }

    public static long deleteOfBudget(String deptCode, int fiscalYear) {
        return delete("deptCode = ?1 and fiscalYear = ?2", deptCode, fiscalYear);
    }
}
