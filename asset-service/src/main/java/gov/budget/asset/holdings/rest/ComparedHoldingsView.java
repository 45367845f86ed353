package gov.budget.asset.holdings.rest;

import gov.budget.asset.holdings.HoldingsCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The holdings table computed from the register for a date, beside the published one.
 *
 * @param matches true when every computed quantity and value equals the published one
 */
public record ComparedHoldingsView(String deptCode, LocalDate asOf, int assetsHeld, List<Row> rows, boolean published,
                                   boolean matches) {

    /** One category: the computed figures and, where a table was published for the date, the published ones. */
    public record Row(HoldingsCategory category,
                      String label,
                      @Schema(nullable = true) BigDecimal computedQuantity,
                      @Schema(nullable = true) BigDecimal computedValue,
                      @Schema(nullable = true) BigDecimal publishedQuantity,
                      @Schema(nullable = true) BigDecimal publishedValue) {
    }
}
