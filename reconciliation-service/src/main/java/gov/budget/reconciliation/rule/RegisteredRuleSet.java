package gov.budget.reconciliation.rule;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/** A rule set an operator registered, kept as the JSON it was registered with. */
@Entity
@Table(name = "registered_rule_set")
public class RegisteredRuleSet extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String version;

    @Lob
    @Column(nullable = false)
    public String body;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
