package gov.budget.ledger.template;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/** A region template an operator registered: its header in columns, the whole template as JSON in {@code body}. */
@Entity
@Table(name = "region_template")
public class RegisteredTemplate extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String region;

    @Column(nullable = false)
    public String version;

    @Column(name = "from_year", nullable = false)
    public int fromYear;

    @Column(name = "to_year")
    public Integer toYear;

    @Lob
    @Column(nullable = false)
    public String body;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
