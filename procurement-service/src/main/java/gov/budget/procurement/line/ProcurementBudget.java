package gov.budget.procurement.line;

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

/** The procurement table of one department-year: its note, and the version behind its ETag. */
@Entity
@Table(name = "procurement_budget")
public class ProcurementBudget extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dept_code", nullable = false)
    public String deptCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    /** The note printed under the table (注：…), or null. */
    public String note;

    /** Rises with every change of a line, a published total or the note. */
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<ProcurementBudget> find(String deptCode, int fiscalYear) {
        return find("deptCode = ?1 and fiscalYear = ?2", deptCode, fiscalYear).firstResultOptional();
    }

    /** Locks the table so that writes to one department-year run one after another; a plain FOR UPDATE, portable to MariaDB. */
    public static Optional<ProcurementBudget> findForUpdate(String deptCode, int fiscalYear) {
        List<?> found = getEntityManager()
                .createNativeQuery("SELECT * FROM procurement_budget WHERE dept_code = ?1 AND fiscal_year = ?2 FOR UPDATE",
                        ProcurementBudget.class)
                .setParameter(1, deptCode)
                .setParameter(2, fiscalYear)
                .getResultList();
        return found.stream().map(ProcurementBudget.class::cast).findFirst();
    }

    public void touch(Instant now) {
        version++;
        updatedAt = now;
    }
}
