package gov.budget.asset.holdings.rest;

import gov.budget.asset.holdings.HoldingsCategory;

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
    public record Row(HoldingsCategory category, String label, BigDecimal computedQuantity, BigDecimal computedValue,
                      BigDecimal publishedQuantity, BigDecimal publishedValue) {
    }
}
