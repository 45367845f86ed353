package gov.budget.asset.event;

import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.asset.holdings.HoldingsRow;
import gov.budget.asset.holdings.HoldingsTable;
import gov.budget.asset.register.Asset;
import gov.budget.asset.register.rest.AssetView;
import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.asset.AssetsPayload;
import gov.budget.contracts.asset.HoldingsPayload;
import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.EventIds;
import gov.budget.contracts.event.Topics;
import gov.budget.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;


/** Writes the asset service's change events to the outbox, in the change's transaction. */
@ApplicationScoped
public class AssetEvents {

    static final String SOURCE = "asset-service";

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "budget.topics.asset", defaultValue = Topics.ASSET)
    String topic;

    public void assetChanged(Asset asset, String actor) {
        outbox.append(topic, envelope(asset, EventCodec.toPayload(payload(asset)), actor));
    }

    /**
     * The entries an import changed, as {@code AssetsChanged} events of at most
     * {@link Outbox#MAX_GROUP_CHANGES} entries, per year they are keyed by; each entry is still
     * recorded as a change of its own ({@link Outbox#appendGroup}).
     */
    public void assetsChanged(String deptCode, List<Asset> assets, String actor) {
        Map<Integer, List<Asset>> byYear = new TreeMap<>();
        assets.forEach(asset -> byYear.computeIfAbsent(fiscalYear(asset), year -> new ArrayList<>()).add(asset));
        byYear.forEach((year, keyedAlike) -> outbox.appendGroups(topic, keyedAlike, "assets", "asset",
                part -> new AssetsPayload(part.stream()
                        .map(asset -> new AssetsPayload.Entry(asset.version, asset.updatedAt, payload(asset))).toList()),
                (asset, payload) -> envelope(asset, payload, actor),
                (part, payload) -> groupEnvelope(deptCode, year, part, payload, actor)));
    }

    /** A group of one year's entries: its version and time are the newest of theirs. */
    private static EventEnvelope groupEnvelope(String deptCode, int year, List<Asset> part, JsonNode payload, String actor) {
        long version = part.stream().mapToLong(asset -> asset.version).max().orElseThrow();
        Instant at = part.stream().map(asset -> asset.updatedAt).max(Instant::compareTo).orElseThrow();
        return new EventEnvelope(EventIds.next(), AssetsPayload.EVENT_TYPE, SOURCE, AssetsPayload.AGGREGATE_TYPE, deptCode, deptCode,
                year, version, at, actor, payload);
    }

    private static EventEnvelope envelope(Asset asset, JsonNode payload, String actor) {
        return new EventEnvelope(EventIds.next(), AssetPayload.EVENT_TYPE, SOURCE, AssetPayload.AGGREGATE_TYPE,
                AssetPayload.aggregateId(asset.deptCode, asset.assetNumber), asset.deptCode, fiscalYear(asset),
                asset.version, asset.updatedAt, actor, payload);
    }

    /** An entry is keyed by the year after its acquisition: the first disclosure whose holdings table can include it. */
    private static int fiscalYear(Asset asset) {
        return asset.acquiredOn.getYear() + 1;
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
