package gov.budget.reconciliation.source.ledger;

import gov.budget.contracts.ledger.RowKind;

import gov.budget.reconciliation.projection.BudgetKey;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One ledger line as the projection stores it, whether it came from an event or from the ledger's
 * snapshot: the consumer and the full run's repair write it through the same {@link LedgerLineProjector#apply}.
 *
 * @param amounts column code to amount; empty for a removed line
 */
public record LedgerLineRow(String aggregateId, String deptCode, int fiscalYear, int tableNo, String code, RowKind rowKind,
                            String name, int position, String unit, long version, boolean deleted, Instant occurredAt,
                            Map<String, BigDecimal> amounts) {

    public BudgetKey budget() {
        return new BudgetKey(deptCode, fiscalYear);
    }
}
