package gov.budget.contracts.asset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The full state of one register entry, as carried by an {@code AssetChanged} event and by the
 * asset snapshot. Register events are keyed by the department and the year after the asset's
 * acquisition: the first disclosure whose holdings table can include it.
 *
 * @param holdingsCategory the holdings row it counts in: BUILDINGS, VEHICLES, HIGH_VALUE_EQUIPMENT or OTHER
 * @param officeSpace      true for a building that is 办公用房, counted again in the 其中 row
 * @param status           IN_USE or DISPOSED; a disposed asset is kept
 */
public record AssetPayload(String assetNumber,
                           String name,
                           String categoryCode,
                           String holdingsCategory,
                           boolean officeSpace,
                           @Schema(nullable = true) String unit,
                           BigDecimal quantity,
                           String quantityUnit,
                           BigDecimal originalValue,
                           LocalDate acquiredOn,
                           String status,
                           @Schema(nullable = true) LocalDate disposedOn) {

    public static final String AGGREGATE_TYPE = "Asset";
    public static final String EVENT_TYPE = "AssetChanged";

    /** The stable aggregate id of an asset: {@code deptCode:assetNumber}. */
    public static String aggregateId(String deptCode, String assetNumber) {
        return deptCode + ":" + assetNumber;
    }
}
