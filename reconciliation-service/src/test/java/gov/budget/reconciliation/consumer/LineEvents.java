package gov.budget.reconciliation.consumer;

import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.ledger.LedgerLinePayload;
import gov.budget.contracts.ledger.LedgerLinesPayload;
import gov.budget.contracts.ledger.LedgerTablePayload;
import gov.budget.contracts.ledger.RowKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** The lines of one table that one write changed, as the one {@code LedgerLinesChanged} event the ledger publishes for them. */
    static EventEnvelope lines(String dept, int year, int tableNo, long tableVersion, List<EventEnvelope> lines) {
        List<LedgerLinesPayload.Entry> entries = lines.stream()
                .map(line -> new LedgerLinesPayload.Entry(line.version(), EventCodec.payloadAs(line, LedgerLinePayload.class)))
                .toList();
        return new EventEnvelope(UUID.randomUUID(), LedgerLinesPayload.EVENT_TYPE, "budget-ledger-service",
                LedgerLinesPayload.AGGREGATE_TYPE, LedgerTablePayload.aggregateId(dept, year, tableNo), dept, year, tableVersion,
                Instant.now(), "test", EventCodec.toPayload(new LedgerLinesPayload(tableNo, entries)));
    }
}
