package gov.budget.reconciliation.source.ledger;

import gov.budget.contracts.ledger.RowKind;
import gov.budget.reconciliation.projection.AmountsText;
import gov.budget.reconciliation.projection.ProjectedVersion;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reconciliation's copy of one ledger line, at the highest version it has seen. The table's key is the
 * budget and the line's aggregate id ({@link BudgetAggregateKey}), so that a budget's lines are one
 * range of it.
 */
@Entity
@Table(name = "ledger_line_projection")
@IdClass(BudgetAggregateKey.class)
public class LedgerLineProjection extends PanacheEntityBase {

    @Id
    @Column(name = "dept_code", nullable = false)
    public String deptCode;

    @Id
    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Id
    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(name = "table_no", nullable = false)
    public int tableNo;

    @Column(nullable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "row_kind", nullable = false)
    public RowKind rowKind;

    public String name;

    @Column(nullable = false)
    public int position;

    public String unit;

    @Column(nullable = false)
    public long version;

    @Column(nullable = false)
    public boolean deleted;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** Column code to amount, held in one text column; replaced whole, never changed in place. */
    @Convert(converter = AmountsText.Converter.class)
    @Column(name = "amounts", nullable = false, columnDefinition = "TEXT")
    public Map<String, BigDecimal> amounts = Map.of();

    public static Optional<LedgerLineProjection> byAggregate(String deptCode, int fiscalYear, String aggregateId) {
        return findByIdOptional(new BudgetAggregateKey(deptCode, fiscalYear, aggregateId));
    }

    /**
     * Every line of one budget, removed ones included, locked for this transaction, in one statement:
     * a native {@code FOR UPDATE} on the budget's range of the key, read as entities. The dialect's
     * own lock ({@code FOR UPDATE OF}) is MySQL-8-only.
     */
    @SuppressWarnings("unchecked")
    public static List<LedgerLineProjection> lockedLinesOf(String deptCode, int fiscalYear) {
        return getEntityManager()
                .createNativeQuery("SELECT * FROM ledger_line_projection WHERE dept_code = ?1 AND fiscal_year = ?2 FOR UPDATE",
                        LedgerLineProjection.class)
                .setParameter(1, deptCode)
                .setParameter(2, fiscalYear)
                .getResultList();
    }

    public ProjectedVersion projectedVersion() {
        return new ProjectedVersion(aggregateId, version, deleted, occurredAt);
    }

    /** The version of every line of one budget, removed ones included, read as plain values and without a lock. */
    public static List<ProjectedVersion> versionsOf(String deptCode, int fiscalYear) {
        return getEntityManager().createQuery("select l.aggregateId, l.version, l.deleted, l.occurredAt from LedgerLineProjection l "
                        + "where l.deptCode = ?1 and l.fiscalYear = ?2", Object[].class)
                .setParameter(1, deptCode)
                .setParameter(2, fiscalYear)
                .getResultStream()
                .map(row -> new ProjectedVersion((String) row[0], (Long) row[1], (Boolean) row[2], (Instant) row[3]))
                .toList();
    }
}
