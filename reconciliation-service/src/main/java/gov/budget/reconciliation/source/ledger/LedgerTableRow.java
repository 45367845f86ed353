package gov.budget.reconciliation.source.ledger;

import gov.budget.reconciliation.projection.BudgetKey;

import java.time.Instant;

/**
 * One published table of a budget as the table projection stores it, whether it came from an event
 * or from the ledger's snapshot: its note and how many rows it has.
 */
public record LedgerTableRow(String aggregateId, String deptCode, int fiscalYear, int tableNo, String note, int rowCount,
                             long version, Instant occurredAt) {

    public BudgetKey budget() {
        return new BudgetKey(deptCode, fiscalYear);
    }
}
