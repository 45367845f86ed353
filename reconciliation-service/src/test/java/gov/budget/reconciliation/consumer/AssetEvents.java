package gov.budget.reconciliation.consumer;

import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.asset.AssetsPayload;
import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Register events as the asset service publishes them, for the consumer's tests. */
final class AssetEvents {

    /** The year the asset service files a vehicle acquired in 2016 under: the year after the acquisition. */
    static final int VEHICLE_YEAR = 2017;

    private AssetEvents() {
    }

    /** A vehicle of 18.50 万元 in the department's register, acquired on 1 May 2016. */
    static EventEnvelope vehicle(String dept, String number) {
        return vehicle(dept, number, 1, "18.50");
    }

    /** A vehicle of the department's register at {@code version}, worth {@code value} 万元, acquired on 1 May 2016. */
    static EventEnvelope vehicle(String dept, String number, long version, String value) {
        return new EventEnvelope(UUID.randomUUID(), AssetPayload.EVENT_TYPE, "asset-service", AssetPayload.AGGREGATE_TYPE,
                AssetPayload.aggregateId(dept, number), dept, VEHICLE_YEAR, version, Instant.now(), "test",
                EventCodec.toPayload(vehiclePayload(number, value)));
    }

    /** The vehicles an import changed, as the one event of their year that the asset service publishes for them. */
    static EventEnvelope imported(String dept, List<EventEnvelope> vehicles) {
        List<AssetsPayload.Entry> entries = vehicles.stream()
                .map(v -> new AssetsPayload.Entry(v.version(), v.occurredAt(), EventCodec.payloadAs(v, AssetPayload.class)))
                .toList();
        return new EventEnvelope(UUID.randomUUID(), AssetsPayload.EVENT_TYPE, "asset-service", AssetsPayload.AGGREGATE_TYPE, dept, dept,
                VEHICLE_YEAR, vehicles.stream().mapToLong(EventEnvelope::version).max().orElse(1), Instant.now(), "test",
                EventCodec.toPayload(new AssetsPayload(entries)));
    }

    private static AssetPayload vehiclePayload(String number, String value) {
        return new AssetPayload(number, "公务用车", "2010301", "VEHICLES", false, "测试单位",
                BigDecimal.ONE, "辆", new BigDecimal(value), LocalDate.of(2016, 5, 1), "IN_USE", null);
    }
}
