package gov.budget.asset.event;

import gov.budget.asset.holdings.HoldingsRow;
import gov.budget.asset.holdings.HoldingsTable;
import gov.budget.asset.register.Asset;
import gov.budget.asset.register.rest.AssetView;
import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.asset.HoldingsPayload;
import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.EventIds;
import gov.budget.contracts.event.Topics;
import gov.budget.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;


/** Writes the asset service's change events to the outbox, in the change's transaction. */
@ApplicationScoped
public class AssetEvents {

    static final String SOURCE = "asset-service";

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "budget.topics.asset", defaultValue = Topics.ASSET)
    String topic;

    public void assetChanged(Asset asset, String actor) {
        outbox.append(topic, new EventEnvelope(EventIds.next(), AssetPayload.EVENT_TYPE, SOURCE, AssetPayload.AGGREGATE_TYPE,
                AssetPayload.aggregateId(asset.deptCode, asset.assetNumber), asset.deptCode, asset.acquiredOn.getYear() + 1,
                asset.version, asset.updatedAt, actor, EventCodec.toPayload(payload(asset))));
    }

    public void holdingsChanged(HoldingsTable table, String actor) {
        HoldingsPayload payload = holdingsPayload(table);
        outbox.append(topic, new EventEnvelope(EventIds.next(), HoldingsPayload.EVENT_TYPE, SOURCE, HoldingsPayload.AGGREGATE_TYPE,
                HoldingsPayload.aggregateId(table.deptCode, table.asOf), table.deptCode, table.fiscalYear(), table.version,
                table.updatedAt, actor, EventCodec.toPayload(payload)));
    }

    public static HoldingsPayload holdingsPayload(HoldingsTable table) {
        return new HoldingsPayload(table.asOf, table.plannedPurchases, table.rows.stream().map(AssetEvents::row).toList());
    }

    public static AssetPayload payload(Asset asset) {
        AssetView view = AssetView.of(asset);
        return new AssetPayload(asset.assetNumber, asset.name, asset.categoryCode, view.holdingsCategory().name(),
                view.officeSpace(), asset.unit, asset.quantity, asset.quantityUnit, asset.originalValue, asset.acquiredOn,
                asset.status.name(), asset.disposedOn);
    }

    private static HoldingsPayload.Row row(HoldingsRow row) {
        return new HoldingsPayload.Row(row.category.name(), row.label, row.quantity, row.quantityUnit, row.value,
                row.category.partOf() == null ? null : row.category.partOf().name());
    }
}
