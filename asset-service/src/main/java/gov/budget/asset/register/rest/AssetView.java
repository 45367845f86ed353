package gov.budget.asset.register.rest;

import gov.budget.asset.holdings.HoldingsCategory;
import gov.budget.asset.register.Asset;
import gov.budget.asset.register.AssetClassification;
import gov.budget.asset.register.AssetStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One register entry as stored, with the holdings row it counts in; {@code version} is also its ETag. */
public record AssetView(String assetNumber,
                        String name,
                        String categoryCode,
                        HoldingsCategory holdingsCategory,
                        boolean officeSpace,
                        @Schema(nullable = true) String unit,
                        BigDecimal quantity,
                        String quantityUnit,
                        BigDecimal originalValue,
                        LocalDate acquiredOn,
                        AssetStatus status,
                        @Schema(nullable = true) LocalDate disposedOn,
                        long version) {

    public static AssetView of(Asset asset) {
        return new AssetView(asset.assetNumber, asset.name, asset.categoryCode,
                AssetClassification.categoryOf(asset.categoryCode, asset.originalValue, asset.quantity),
                AssetClassification.isOfficeSpace(asset.categoryCode), asset.unit, asset.quantity, asset.quantityUnit,
                asset.originalValue, asset.acquiredOn, asset.status, asset.disposedOn, asset.version);
    }
}
