package gov.budget.reconciliation.finding;

import gov.budget.reconciliation.rule.Severity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One step in a finding's history, with the numbers it had then. Append-only. */
@Entity
@Table(name = "finding_change")
public class FindingChange extends PanacheEntityBase {

    /** What happened to the finding. */
    public enum Kind {
        OPENED, CHANGED, RESOLVED, REOPENED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "finding_id")
    public Finding finding;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Column(precision = 24, scale = 6)
    public BigDecimal expected;

    @Column(precision = 24, scale = 6)
    public BigDecimal actual;

    @Column(precision = 24, scale = 6)
    public BigDecimal difference;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** The step, not yet written: {@link FindingWrites} inserts the steps of an evaluation together and sets their ids. */
    public static FindingChange of(Finding finding, Kind kind, Instant at) {
        FindingChange change = new FindingChange();
        change.finding = finding;
        change.kind = kind;
        change.severity = finding.severity;
        change.expected = finding.expected;
        change.actual = finding.actual;
        change.difference = finding.difference;
        change.changedAt = at;
        return change;
    }

    public static List<FindingChange> of(Finding finding) {
        return list("finding = ?1 order by id", finding);
    }
}
