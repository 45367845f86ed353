package gov.budget.reconciliation.consumer;

import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Register events as the asset service publishes them, for the consumer's tests. */
final class AssetEvents {

    /** The year the asset service files a vehicle acquired in 2016 under: the year after the acquisition. */
    static final int VEHICLE_YEAR = 2017;

    private AssetEvents() {
    }

    /** A vehicle of 18.50 万元 in the department's register, acquired on 1 May 2016. */
    static EventEnvelope vehicle(String dept, String number) {
        AssetPayload payload = new AssetPayload(number, "公务用车", "2010301", "VEHICLES", false, "测试单位",
                BigDecimal.ONE, "辆", new BigDecimal("18.50"), LocalDate.of(2016, 5, 1), "IN_USE", null);
        return new EventEnvelope(UUID.randomUUID(), AssetPayload.EVENT_TYPE, "asset-service", AssetPayload.AGGREGATE_TYPE,
                AssetPayload.aggregateId(dept, number), dept, VEHICLE_YEAR, 1, Instant.now(), "test", EventCodec.toPayload(payload));
    }
}
