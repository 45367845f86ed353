package gov.budget.performance.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The 绩效目标 of a department-year: the overall goal with its division sub-goals; the sheets hang off it. */
@Entity
@Table(name = "performance_plan")
public class PerformancePlan extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dept_code", nullable = false)
    public String deptCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(name = "overall_goal", columnDefinition = "TEXT")
    public String overallGoal;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "division_goal", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<DivisionGoal> divisions = new ArrayList<>();

    /** Rises with every change of the goals or of any sheet; the plan's ETag. */
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<PerformancePlan> find(String deptCode, int fiscalYear) {
        return find("deptCode = ?1 and fiscalYear = ?2", deptCode, fiscalYear).firstResultOptional();
    }

    public void touch(Instant now) {
        version++;
        updatedAt = now;
    }
}
