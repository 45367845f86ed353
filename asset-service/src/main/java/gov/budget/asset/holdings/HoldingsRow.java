package gov.budget.asset.holdings;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One published row of a holdings table; a blank quantity (——) is null. */
@Entity
@Table(name = "holdings_row")
public class HoldingsRow extends PanacheEntityBase {

    /**
     * From a pooled generator, so that Hibernate batches a table's rows into one insert; an AUTO_INCREMENT
     * id inserted them one at a time.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "holdings_row_ids")
    @SequenceGenerator(name = "holdings_row_ids", sequenceName = "holdings_row_seq", allocationSize = 100)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "holdings_id")
    public HoldingsTable table;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HoldingsCategory category;

    @Column(nullable = false)
    public String label;

    @Column(precision = 20, scale = 2)
    public BigDecimal quantity;

    @Column(name = "quantity_unit")
    public String quantityUnit;

    @Column(name = "asset_value", precision = 20, scale = 2, nullable = false)
    public BigDecimal value;
}
