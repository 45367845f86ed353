package gov.budget.reconciliation.source.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The latest known header of one budget: its region template, its department's name and its narrative figures. */
@Entity
@Table(name = "budget_projection")
public class BudgetProjection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dept_code", nullable = false)
    public String deptCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(name = "template_id", nullable = false)
    public String templateId;

    @Column(name = "dept_name")
    public String deptName;

    @Column(nullable = false)
    public long version;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @OneToMany(mappedBy = "budget", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<NarrativeFigureProjection> narrative = new ArrayList<>();

    /** The template the budget's header names, or null before its header arrived; read without loading the header. */
    public static String templateOf(String deptCode, int fiscalYear) {
        return getEntityManager().createQuery("select b.templateId from BudgetProjection b where b.deptCode = ?1 and b.fiscalYear = ?2",
                        String.class)
                .setParameter(1, deptCode)
                .setParameter(2, fiscalYear)
                .getResultStream().findFirst().orElse(null);
    }

    public static Optional<BudgetProjection> of(String deptCode, int fiscalYear) {
        return find("deptCode = ?1 and fiscalYear = ?2", deptCode, fiscalYear).firstResultOptional();
    }
}
