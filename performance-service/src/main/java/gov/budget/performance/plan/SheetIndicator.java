package gov.budget.performance.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** One indicator of a sheet: its levels, its 指标值 as printed and as parsed, and where the value comes from. */
@Embeddable
public class SheetIndicator {

    @Column(nullable = false)
    public String level1;

    @Column(nullable = false)
    public String level2;

    @Column(nullable = false)
    public String level3;

    public String description;

    @Column(name = "value_text", nullable = false)
    public String valueText;

    @Column(name = "value_operator")
    public String valueOperator;

    @Column(name = "value_number", precision = 30, scale = 8)
    public BigDecimal valueNumber;

    @Column(name = "value_unit")
    public String valueUnit;

    @Column(nullable = false)
    public boolean qualitative;

    public String basis;
}
