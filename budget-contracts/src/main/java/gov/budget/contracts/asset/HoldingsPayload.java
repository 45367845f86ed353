package gov.budget.contracts.asset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A published holdings table (部门固定资产占用情况表), as carried by a {@code HoldingsChanged} event,
 * keyed by the department and the fiscal year it is disclosed with (the year after its as-of date).
 *
 * @param plannedPurchases 本年度拟购置固定资产总额
 */
public record HoldingsPayload(LocalDate asOf, @Schema(nullable = true) BigDecimal plannedPurchases, List<Row> rows) {

    public static final String AGGREGATE_TYPE = "Holdings";
    public static final String EVENT_TYPE = "HoldingsChanged";

    /**
     * One row as published.
     *
     * @param partOf   for a "其中" row, the category it is part of; else null
     * @param quantity blank (null) where the table prints ——
     */
    public record Row(String category,
                      String label,
                      @Schema(nullable = true) BigDecimal quantity,
                      @Schema(nullable = true) String quantityUnit,
                      BigDecimal value,
                      @Schema(nullable = true) String partOf) {
    }

    public static String aggregateId(String deptCode, LocalDate asOf) {
        return deptCode + ":" + asOf;
    }
}
