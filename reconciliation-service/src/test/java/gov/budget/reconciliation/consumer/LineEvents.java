package gov.budget.reconciliation.consumer;

import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.ledger.LedgerLinePayload;
import gov.budget.contracts.ledger.RowKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Ledger line events as the ledger publishes them, for the consumer's tests. */
final class LineEvents {

    private LineEvents() {
    }

    /** A functional row of a table in 万元: its total, basic (null: none) and project amounts. */
    static EventEnvelope line(String dept, int year, int tableNo, String code, long version, String total, String basic, String project) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        amounts.put("total", new BigDecimal(total));
        if (basic != null) {
            amounts.put("basic", new BigDecimal(basic));
        }
        amounts.put("project", new BigDecimal(project));
        LedgerLinePayload payload = new LedgerLinePayload(tableNo, RowKind.FUNCTIONAL, code, "测试科目", 1, amounts, "万元", false);
        return new EventEnvelope(UUID.randomUUID(), LedgerLinePayload.EVENT_TYPE, "budget-ledger-service",
                LedgerLinePayload.AGGREGATE_TYPE, LedgerLinePayload.aggregateId(dept, year, tableNo, code), dept, year, version,
                Instant.now(), "test", EventCodec.toPayload(payload));
    }
}
