package gov.budget.asset.holdings.rest;

import gov.budget.asset.holdings.HoldingsCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A holdings table as stored; {@code version} is also its ETag. */
public record HoldingsView(String deptCode,
                           LocalDate asOf,
                           int fiscalYear,
                           @Schema(nullable = true) BigDecimal plannedPurchases,
                           List<Row> rows,
                           long version,
                           Instant updatedAt) {

    /** One row; {@code partOf} names the category a "其中" row belongs to. */
    public record Row(HoldingsCategory category,
                      String label,
                      @Schema(nullable = true) BigDecimal quantity,
                      @Schema(nullable = true) String quantityUnit,
                      BigDecimal value,
                      @Schema(nullable = true) HoldingsCategory partOf) {
    }
}
