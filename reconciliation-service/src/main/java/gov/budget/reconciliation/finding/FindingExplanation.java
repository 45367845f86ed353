package gov.budget.reconciliation.finding;

import gov.budget.outbox.jdbc.MultiRowSql;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An explanation (出错说明) of a WARNING finding: who gave it, why, and when. It lapses when the
 * values behind the finding change, because it explained other numbers. Kept after it lapses.
 */
@Entity
@Table(name = "finding_explanation")
public class FindingExplanation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "finding_id")
    public Finding finding;

    @Column(nullable = false)
    public String author;

    @Column(nullable = false, length = 2000)
    public String reason;

    @Column(name = "explained_at", nullable = false)
    public Instant explainedAt;

    @Column(name = "lapsed_at")
    public Instant lapsedAt;

    /** The explanation that stands for the finding, if any. */
    public static Optional<FindingExplanation> current(Finding finding) {
        return find("finding = ?1 and lapsedAt is null order by id desc", finding).firstResultOptional();
    }

    /** Every explanation the finding was given, lapsed ones included, oldest first. */
    public static List<FindingExplanation> allOf(Finding finding) {
        return list("finding = ?1 order by id", finding);
    }

    /** The standing explanations of these findings, by finding id, read in one query. */
    public static Map<Long, FindingExplanation> currentOf(Collection<Long> findingIds) {
        if (findingIds.isEmpty()) {
            return Map.of();
        }
        List<FindingExplanation> explanations = list("finding.id in ?1 and lapsedAt is null order by id", findingIds);
        return explanations.stream().collect(Collectors.toMap(e -> e.finding.id, e -> e, (older, newer) -> newer));
    }

    /**
     * Lapses the standing explanations of these findings, if any: the numbers they explained have
     * changed. By their ids: the findings an evaluation read are not managed ({@link Finding#ofBudgets}).
     */
    public static void lapse(Collection<Finding> findings, Instant at) {
        MultiRowSql.updateIn("UPDATE finding_explanation SET lapsed_at = ? WHERE lapsed_at IS NULL AND finding_id IN (?)",
                List.of(at), findings.stream().map(finding -> finding.id).toList());
    }
}
