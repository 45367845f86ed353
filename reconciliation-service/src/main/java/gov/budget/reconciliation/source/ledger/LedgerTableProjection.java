package gov.budget.reconciliation.source.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The latest known state of one published table of a budget: its note and how many rows it has. Keyed
 * like {@link LedgerLineProjection}: by the budget and the aggregate id ({@link BudgetAggregateKey}).
 */
@Entity
@Table(name = "ledger_table_projection")
@IdClass(BudgetAggregateKey.class)
public class LedgerTableProjection extends PanacheEntityBase {

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

    public String note;

    @Column(name = "row_count", nullable = false)
    public int rowCount;

    @Column(nullable = false)
    public long version;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}
