package gov.budget.asset.holdings.rest;

import gov.budget.asset.holdings.HoldingsCategory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A holdings table as stored; {@code version} is also its ETag. */
public record HoldingsView(String deptCode, LocalDate asOf, int fiscalYear, BigDecimal plannedPurchases, List<Row> rows,
                           long version, Instant updatedAt) {

    /** One row; {@code partOf} names the category a "其中" row belongs to. */
    public record Row(HoldingsCategory category, String label, BigDecimal quantity, String quantityUnit, BigDecimal value,
                      HoldingsCategory partOf) {
    }
}
