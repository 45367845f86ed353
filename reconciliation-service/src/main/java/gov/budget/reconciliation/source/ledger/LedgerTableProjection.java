package gov.budget.reconciliation.source.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The latest known state of one published table of a budget: its note and how many rows it has. Keyed
 * like {@link LedgerLineProjection}: by the budget and the aggregate id, which is unique alone as well.
 */
@Entity
@Table(name = "ledger_table_projection")
public class LedgerTableProjection extends PanacheEntityBase {

    @Id
    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(name = "dept_code", nullable = false)
    public String deptCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

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
