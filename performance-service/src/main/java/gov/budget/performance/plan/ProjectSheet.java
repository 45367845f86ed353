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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A project sheet (项目绩效目标表). A removed sheet stays, marked deleted, so that its version keeps rising. */
@Entity
@Table(name = "project_sheet")
public class ProjectSheet extends PanacheEntityBase {

    /** From a pooled generator, a block of ids at a time, so that an import inserts its new sheets in one statement ({@link ProjectSheetRows}). */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_sheet_ids")
    @SequenceGenerator(name = "project_sheet_ids", sequenceName = "project_sheet_seq", allocationSize = 100)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public PerformancePlan plan;

    @Column(nullable = false)
    public int position;

    @Column(name = "project_code", nullable = false)
    public String projectCode;

    @Column(name = "project_name", nullable = false)
    public String projectName;

    /** 预算数, in 万元. */
    @Column(nullable = false, precision = 20, scale = 2)
    public BigDecimal budget;

    @Column(name = "fiscal_funds", precision = 20, scale = 2)
    public BigDecimal fiscalFunds;

    @Column(name = "other_funds", precision = 20, scale = 2)
    public BigDecimal otherFunds;

    @Column(name = "fund_use", columnDefinition = "TEXT")
    public String fundUse;

    /** The cumulative spending plan in %, blank allowed. */
    @Column(name = "plan_march", precision = 5, scale = 2)
    public BigDecimal planMarch;

    @Column(name = "plan_june", precision = 5, scale = 2)
    public BigDecimal planJune;

    @Column(name = "plan_october", precision = 5, scale = 2)
    public BigDecimal planOctober;

    @Column(name = "plan_december", precision = 5, scale = 2)
    public BigDecimal planDecember;

    /** The goals in order, one per line. */
    @Column(columnDefinition = "TEXT")
    public String goals;

    @Column(name = "functional_code")
    public String functionalCode;

    @Column(name = "carried_over", nullable = false)
    public boolean carriedOver;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sheet_indicator", joinColumns = @JoinColumn(name = "sheet_id"))
    @OrderColumn(name = "position")
    public List<SheetIndicator> indicators = new ArrayList<>();

    @Column(nullable = false)
    public long version;

    @Column(nullable = false)
    public boolean deleted;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static List<ProjectSheet> liveOf(PerformancePlan plan) {
        return list("plan = ?1 and deleted = false order by position, id", plan);
    }

    public static Optional<ProjectSheet> byCode(PerformancePlan plan, String code) {
        return find("plan = ?1 and projectCode = ?2", plan, code).firstResultOptional();
    }

    public void touch(boolean nowDeleted, Instant now) {
        deleted = nowDeleted;
        version++;
        updatedAt = now;
    }
}
