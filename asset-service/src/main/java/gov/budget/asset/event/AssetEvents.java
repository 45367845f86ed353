package gov.budget.asset.event;

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
    /**
     * The most entries one {@code AssetsChanged} event carries: some 100 KB of a seed-sized register's
     * entries, and under Kafka's default limit of 1 MB a message with the longest names and units.
     */
    static final int ENTRIES_PER_EVENT = 200;

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "budget.topics.asset", defaultValue = Topics.ASSET)
    String topic;

    public void assetChanged(Asset asset, String actor) {
        outbox.append(topic, envelope(asset, payload(asset), actor));
    }

    /**
     * The entries an import changed, as {@code AssetsChanged} events of at most {@link #ENTRIES_PER_EVENT}
     * entries, per year they are keyed by; each entry is still recorded as a change of its own
     * ({@link Outbox#appendGroup}).
     */
    public void assetsChanged(String deptCode, List<Asset> assets, String actor) {
        Map<Integer, List<Asset>> byYear = new TreeMap<>();
        assets.forEach(asset -> byYear.computeIfAbsent(fiscalYear(asset), year -> new ArrayList<>()).add(asset));
        byYear.forEach((year, keyedAlike) -> {
            for (int from = 0; from < keyedAlike.size(); from += ENTRIES_PER_EVENT) {
                group(deptCode, year, keyedAlike.subList(from, Math.min(from + ENTRIES_PER_EVENT, keyedAlike.size())), actor);
            }
        });
    }

    private void group(String deptCode, int year, List<Asset> keyedAlike, String actor) {
        List<AssetsPayload.Entry> entries = new ArrayList<>(keyedAlike.size());
        List<EventEnvelope> changes = new ArrayList<>(keyedAlike.size());
        for (Asset asset : keyedAlike) {
            AssetPayload payload = payload(asset);
            changes.add(envelope(asset, payload, actor));
            entries.add(new AssetsPayload.Entry(asset.version, asset.updatedAt, payload));
        }
        long version = keyedAlike.stream().mapToLong(asset -> asset.version).max().orElseThrow();
        Instant at = keyedAlike.stream().map(asset -> asset.updatedAt).max(Instant::compareTo).orElseThrow();
        outbox.appendGroup(topic, new EventEnvelope(EventIds.next(), AssetsPayload.EVENT_TYPE, SOURCE, AssetsPayload.AGGREGATE_TYPE,
                deptCode, deptCode, year, version, at, actor, EventCodec.toPayload(new AssetsPayload(entries))), changes);
    }

    private static EventEnvelope envelope(Asset asset, AssetPayload payload, String actor) {
        return new EventEnvelope(EventIds.next(), AssetPayload.EVENT_TYPE, SOURCE, AssetPayload.AGGREGATE_TYPE,
                AssetPayload.aggregateId(asset.deptCode, asset.assetNumber), asset.deptCode, fiscalYear(asset),
                asset.version, asset.updatedAt, actor, EventCodec.toPayload(payload));
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
