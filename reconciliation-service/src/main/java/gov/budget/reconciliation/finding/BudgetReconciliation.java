package gov.budget.reconciliation.finding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** The state of one budget's reconciliation: when it was evaluated, against what, from how many events. */
@Entity
@Table(name = "budget_reconciliation")
public class BudgetReconciliation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dept_code", nullable = false)
    public String deptCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    /** The relation ids evaluated, comma-separated in catalog order. */
    @Column(name = "relations_checked", nullable = false)
    public String relationsChecked;

    /** How many individual comparisons the evaluation made. */
    @Column(nullable = false)
    public int checks;

    /** Events applied to this budget's projections since it was first seen; a redelivered event is not counted again. */
    @Column(name = "events_applied", nullable = false)
    public long eventsApplied;

    @Column(name = "last_event_at")
    public Instant lastEventAt;

    @Column(name = "evaluated_at", nullable = false)
    public Instant evaluatedAt;

    public static Optional<BudgetReconciliation> of(String deptCode, int fiscalYear) {
        return find("deptCode = ?1 and fiscalYear = ?2", deptCode, fiscalYear).firstResultOptional();
    }
}
