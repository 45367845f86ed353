package gov.budget.procurement.line;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.List;

/** A total printed in the table, stored as published: a unit's 小计, or the 合计 when {@code unit} is null. */
@Entity
@Table(name = "procurement_published_total")
public class PublishedTotalEntry extends PanacheEntityBase {

    /**
     * From a pooled generator, so that Hibernate batches a table's totals into one insert; an AUTO_INCREMENT
     * id inserted them one at a time.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "published_total_ids")
    @SequenceGenerator(name = "published_total_ids", sequenceName = "procurement_published_total_seq", allocationSize = 100)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "budget_id")
    public ProcurementBudget budget;

    @Column(nullable = false)
    public int position;

    @Column(name = "unit_name")
    public String unit;

    @Embedded
    public FundColumns amounts = new FundColumns();

    @Column(name = "sme_share", precision = 20, scale = 2)
    public BigDecimal smeShare;

    public static List<PublishedTotalEntry> of(ProcurementBudget budget) {
        return list("budget = ?1 order by position", budget);
    }
}
