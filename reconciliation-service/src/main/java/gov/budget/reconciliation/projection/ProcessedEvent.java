package gov.budget.reconciliation.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** An event id that has been consumed, and what became of it. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends PanacheEntityBase {

    /** What consuming an event did. */
    public enum Outcome {
        /** It changed the projection. */
        APPLIED,
        /** Its version was not newer than the projection's; the newer state stays. */
        STALE,
        /** No projection takes this kind of event yet. */
        IGNORED
    }

    @Id
    @Column(name = "event_id", length = 36)
    public String eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "partition_no", nullable = false)
    public int partition;

    @Column(name = "offset_no", nullable = false)
    public long offset;

    @Column(name = "dept_code", nullable = false)
    public String deptCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;

    /** Which of these event ids were consumed before, in one query. */
    public static Set<String> alreadyProcessed(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(getEntityManager()
                .createQuery("select p.eventId from ProcessedEvent p where p.eventId in :ids", String.class)
                .setParameter("ids", eventIds)
                .getResultList());
    }
}
