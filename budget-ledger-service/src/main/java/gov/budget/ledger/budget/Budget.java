package gov.budget.ledger.budget;

import gov.budget.web.problem.NotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One department-year budget, published under one region template. */
@Entity
@Table(name = "budget")
public class Budget extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dept_code", nullable = false)
    public String deptCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(name = "template_id", nullable = false)
    public String templateId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Rises with every change to any of the budget's tables or narrative; the budget's ETag. */
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Records that something in the budget changed. */
    public void touch(Instant now) {
        version++;
        updatedAt = now;
    }

    /** The budget, or 404. */
    public static Budget require(String deptCode, int fiscalYear) {
        return find(deptCode, fiscalYear).orElseThrow(() -> notFound(deptCode, fiscalYear));
    }

    /** The 404 for a department-year without a budget, saying how to make one. */
    public static NotFoundException notFound(String deptCode, int fiscalYear) {
        return new NotFoundException("no budget for department " + deptCode + " in " + fiscalYear
                + "; create it with POST /budgets or import it with PUT /budgets/" + deptCode + "/" + fiscalYear);
    }

    public static Optional<Budget> find(String deptCode, int fiscalYear) {
        return find("deptCode = ?1 and fiscalYear = ?2", deptCode, fiscalYear).firstResultOptional();
    }

    /**
     * Locks the budget row so that writes to one budget run one after another. Plain
     * {@code SELECT ... FOR UPDATE}: the dialect's {@code FOR UPDATE OF alias} is MySQL-8-only.
     */
    public static Optional<Budget> findForUpdate(String deptCode, int fiscalYear) {
        List<?> found = getEntityManager()
                .createNativeQuery("SELECT * FROM budget WHERE dept_code = ?1 AND fiscal_year = ?2 FOR UPDATE", Budget.class)
                .setParameter(1, deptCode)
                .setParameter(2, fiscalYear)
                .getResultList();
        return found.stream().map(Budget.class::cast).findFirst();
    }
}
