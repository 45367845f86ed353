package gov.budget.procurement.line;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.Instant;
import java.util.List;

/** One line of a procurement table. A removed line stays, marked deleted, so that its version keeps rising. */
@Entity
@Table(name = "procurement_line")
public class ProcurementLine extends PanacheEntityBase {

    /** From a pooled generator, a block of ids at a time, so that an import inserts its new lines in one statement ({@link ProcurementLineRows}). */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "procurement_line_ids")
    @SequenceGenerator(name = "procurement_line_ids", sequenceName = "procurement_line_seq", allocationSize = 100)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "budget_id")
    public ProcurementBudget budget;

    @Column(nullable = false)
    public int position;

    @Column(name = "unit_name", nullable = false)
    public String unit;

    @Column(name = "project_name", nullable = false)
    public String projectName;

    @Column(name = "project_code")
    public String projectCode;

    @Column(name = "basic_expenditure", nullable = false)
    public boolean basicExpenditure;

    @Column(name = "project_budget", precision = 20, scale = 2)
    public BigDecimal projectBudget;

    @Column(name = "item_name", nullable = false)
    public String itemName;

    @Column(name = "catalog_code", nullable = false)
    public String catalogCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProcurementCategory category;

    @Column(name = "measure_unit", nullable = false)
    public String measureUnit;

    @Column(nullable = false, precision = 20, scale = 4)
    public BigDecimal quantity;

    @Column(name = "unit_price", precision = 20, scale = 2)
    public BigDecimal unitPrice;

    @Embedded
    public FundColumns amounts = new FundColumns();

    @Column(name = "sme_share", precision = 20, scale = 2)
    public BigDecimal smeShare;

    @Column(nullable = false)
    public long version;

    @Column(nullable = false)
    public boolean deleted;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The live lines of a table in published order. */
    public static List<ProcurementLine> liveOf(ProcurementBudget budget) {
        return list("budget = ?1 and deleted = false order by position, id", budget);
    }

    /** Every line of a table, removed ones included. */
    public static List<ProcurementLine> allOf(ProcurementBudget budget) {
        return list("budget = ?1 order by position, id", budget);
    }

    /** The quantity as printed: 16.5000 as stored reads 16.5, and 30.0000 reads 30. */
    public BigDecimal quantityAsPublished() {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public void touch(boolean nowDeleted, Instant now) {
        deleted = nowDeleted;
        version++;
        updatedAt = now;
    }
}
