package gov.budget.reconciliation.nightly;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** One full reconciliation: when it ran, what it checked, the drift it repaired and the findings it changed. */
@Entity
@Table(name = "reconciliation_run")
public class ReconciliationRun extends PanacheEntityBase {

    /** What started the run. */
    public enum Trigger {
        SCHEDULE, MANUAL
    }

    /** Where the run stands. */
    public enum Status {
        RUNNING, SUCCEEDED, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "run_trigger", nullable = false)
    public Trigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** The departments the run covers: those whose code starts with this; null for every department. */
    @Column(name = "dept_prefix", length = 32)
    public String deptPrefix;

    @Column(name = "budgets_checked", nullable = false)
    public int budgetsChecked;

    @Column(name = "findings_opened", nullable = false)
    public int findingsOpened;

    @Column(name = "findings_resolved", nullable = false)
    public int findingsResolved;

    /** Why a failed run failed. */
    @Column(length = 1000)
    public String error;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reconciliation_run_drift", joinColumns = @JoinColumn(name = "run_id"))
    @OrderColumn(name = "position")
    public List<DriftCount> drift = new ArrayList<>();
}
