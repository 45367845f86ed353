package gov.budget.reconciliation.finding;

import gov.budget.outbox.jdbc.MultiRowSql;
import gov.budget.outbox.jdbc.MultiRowSql.RowReader;
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

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One relation that does not hold at one location of a budget, stored once per (budget, rule,
 * location). It resolves by itself when the data is corrected, and is kept with its history.
 */
@Entity
@Table(name = "finding")
public class Finding extends PanacheEntityBase {

    /** Every column but the id, in the order that the set-based reads and writes of findings use. */
    static final String COLUMNS = "dept_code, fiscal_year, rule_id, severity, table_no, row_code, column_code, "
            + "location_key, status, expected, actual, difference, tolerance, message, first_seen_at, last_seen_at, resolved_at";

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
     * Every finding of these budgets, resolved ones included, read in one query and not managed:
     * changes made to them must be written through {@link FindingWrites}. Read by hand rather than
     * as entities, which was a tenth of reconciliation's samples under changes.
     */
    public static Map<BudgetKey, List<Finding>> ofBudgets(Collection<BudgetKey> keys) {
        Map<BudgetKey, List<Finding>> byBudget = new HashMap<>();
        if (keys.isEmpty()) {
            return byBudget;
        }
        Set<String> departments = keys.stream().map(BudgetKey::deptCode).collect(Collectors.toCollection(TreeSet::new));
        IntSummaryStatistics years = keys.stream().mapToInt(BudgetKey::fiscalYear).summaryStatistics();
        Set<BudgetKey> wanted = new HashSet<>(keys);
        MultiRowSql.selectIn("SELECT id, " + COLUMNS + " FROM finding WHERE fiscal_year BETWEEN ? AND ? AND dept_code IN (?)",
                List.of(years.getMin(), years.getMax()), departments, Finding::read).forEach(finding -> {
                    BudgetKey key = new BudgetKey(finding.deptCode, finding.fiscalYear);
                    if (wanted.contains(key)) {
                        byBudget.computeIfAbsent(key, k -> new ArrayList<>()).add(finding);
                    }
                });
        return byBudget;
    }

    /** A finding as {@link #COLUMNS} read it, after its id. */
    private static Finding read(ResultSet row) throws SQLException {
        Finding finding = new Finding();
        finding.id = row.getLong(1);
        finding.deptCode = row.getString(2);
        finding.fiscalYear = row.getInt(3);
        finding.ruleId = row.getString(4);
        finding.severity = Severity.valueOf(row.getString(5));
        finding.tableNo = row.getObject(6, Integer.class);
        finding.rowCode = row.getString(7);
        finding.column = row.getString(8);
        finding.locationKey = row.getString(9);
        finding.status = FindingStatus.valueOf(row.getString(10));
        finding.expected = row.getBigDecimal(11);
        finding.actual = row.getBigDecimal(12);
        finding.difference = row.getBigDecimal(13);
        finding.tolerance = row.getBigDecimal(14);
        finding.message = row.getString(15);
        finding.firstSeenAt = RowReader.instant(row, 16);
        finding.lastSeenAt = RowReader.instant(row, 17);
        finding.resolvedAt = RowReader.instant(row, 18);
        return finding;
    }

    /** The findings that stand now. */
    public static List<Finding> openOfBudget(String deptCode, int fiscalYear) {
        return list("deptCode = ?1 and fiscalYear = ?2 and status = ?3 order by ruleId, tableNo, rowCode, column",
                deptCode, fiscalYear, FindingStatus.OPEN);
    }
}
