package gov.budget.asset.register;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.jpa.HibernateHints;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One entry of a department's asset register (资产卡片). */
@Entity
@Table(name = "asset")
public class Asset extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dept_code", nullable = false)
    public String deptCode;

    @Column(name = "asset_number", nullable = false)
    public String assetNumber;

    @Column(nullable = false)
    public String name;

    /** The national fixed-asset classification code (固定资产分类与代码), such as 203010 for a car. */
    @Column(name = "category_code", nullable = false)
    public String categoryCode;

    @Column(name = "unit_name")
    public String unit;

    @Column(nullable = false, precision = 20, scale = 2)
    public BigDecimal quantity;

    @Column(name = "quantity_unit", nullable = false)
    public String quantityUnit;

    @Column(name = "original_value", nullable = false, precision = 20, scale = 2)
    public BigDecimal originalValue;

    @Column(name = "acquired_on", nullable = false)
    public LocalDate acquiredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssetStatus status;

    @Column(name = "disposed_on")
    public LocalDate disposedOn;

    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<Asset> find(String deptCode, String assetNumber) {
        return find("deptCode = ?1 and assetNumber = ?2", deptCode, assetNumber).firstResultOptional();
    }

    public static List<Asset> ofDepartment(String deptCode) {
        return list("deptCode = ?1 order by assetNumber", deptCode);
    }

    /**
     * The department's register for comparing only: the session keeps no copy of each to check for
     * changes at commit, which for a register of a thousand assets was a cost of its own.
     */
    public static List<Asset> ofDepartmentReadOnly(String deptCode) {
        return find("deptCode = :dept", Parameters.with("dept", deptCode)).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** A copy of the asset, id included, that no session manages. */
    public Asset copy() {
        Asset copy = new Asset();
        copy.id = id;
        copy.deptCode = deptCode;
        copy.assetNumber = assetNumber;
        copy.name = name;
        copy.categoryCode = categoryCode;
        copy.unit = unit;
        copy.quantity = quantity;
        copy.quantityUnit = quantityUnit;
        copy.originalValue = originalValue;
        copy.acquiredOn = acquiredOn;
        copy.status = status;
        copy.disposedOn = disposedOn;
        copy.version = version;
        copy.updatedAt = updatedAt;
        return copy;
    }

    /** Held on the date: acquired on or before it and not disposed by then. */
    public boolean heldOn(LocalDate date) {
        return !acquiredOn.isAfter(date) && (status == AssetStatus.IN_USE || disposedOn == null || disposedOn.isAfter(date));
    }

    public void touch(Instant now) {
        version++;
        updatedAt = now;
    }
}
