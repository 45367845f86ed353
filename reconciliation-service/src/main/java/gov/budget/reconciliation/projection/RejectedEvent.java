package gov.budget.reconciliation.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A record that could not be read as an event. It is kept here and skipped, so it cannot block its partition. */
@Entity
@Table(name = "rejected_event")
public class RejectedEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String topic;

    @Column(name = "partition_no", nullable = false)
    public int partition;

    @Column(name = "offset_no", nullable = false)
    public long offset;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
