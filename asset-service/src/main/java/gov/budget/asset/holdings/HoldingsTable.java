package gov.budget.asset.holdings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A published holdings table of a department as of a date, with the year's planned purchases. */
@Entity
@Table(name = "holdings_table")
public class HoldingsTable extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dept_code", nullable = false)
    public String deptCode;

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    /** 本年度拟购置固定资产总额. */
    @Column(name = "planned_purchases", precision = 20, scale = 2)
    public BigDecimal plannedPurchases;

    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "table", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<HoldingsRow> rows = new ArrayList<>();

    public static Optional<HoldingsTable> find(String deptCode, LocalDate asOf) {
        return find("deptCode = ?1 and asOf = ?2", deptCode, asOf).firstResultOptional();
    }

    /** The fiscal year whose disclosure publishes this table: the year after its as-of date. */
    public int fiscalYear() {
        return asOf.getYear() + 1;
    }
}
