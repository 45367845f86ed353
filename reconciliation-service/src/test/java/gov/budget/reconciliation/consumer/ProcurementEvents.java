package gov.budget.reconciliation.consumer;

import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.procurement.FundAmounts;
import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.contracts.procurement.ProcurementLinesPayload;
import gov.budget.contracts.procurement.ProcurementTablePayload;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Procurement events as the procurement service publishes them, for the consumer's tests. */
final class ProcurementEvents {

    private ProcurementEvents() {
    }

    /** A line of copy paper worth {@code total} 万元 of the general public budget, at {@code version}; deleted when asked. */
    static EventEnvelope line(String dept, long lineId, long version, String total, boolean deleted) {
        BigDecimal amount = new BigDecimal(total);
        ProcurementLinePayload payload = new ProcurementLinePayload(lineId, (int) lineId, "测试单位", "基金审计经费", null, false,
                amount, "复印纸", "A05040101", "GOODS", "次", BigDecimal.ONE, amount,
                new FundAmounts(amount, amount, null, null, null, null, null), null, deleted);
        return new EventEnvelope(UUID.randomUUID(), ProcurementLinePayload.EVENT_TYPE, "procurement-service",
                ProcurementLinePayload.AGGREGATE_TYPE, ProcurementLinePayload.aggregateId(dept, 2024, lineId), dept, 2024, version,
                Instant.now(), "test", EventCodec.toPayload(payload));
    }

    /** The lines an import changed, as the one event of the table that the procurement service publishes for them. */
    static EventEnvelope imported(String dept, long tableVersion, List<EventEnvelope> lines) {
        List<ProcurementLinesPayload.Entry> entries = lines.stream()
                .map(l -> new ProcurementLinesPayload.Entry(l.version(), l.occurredAt(),
                        EventCodec.payloadAs(l, ProcurementLinePayload.class)))
                .toList();
        return new EventEnvelope(UUID.randomUUID(), ProcurementLinesPayload.EVENT_TYPE, "procurement-service",
                ProcurementLinesPayload.AGGREGATE_TYPE, ProcurementTablePayload.aggregateId(dept, 2024), dept, 2024, tableVersion,
                Instant.now(), "test", EventCodec.toPayload(new ProcurementLinesPayload(entries)));
    }
}
