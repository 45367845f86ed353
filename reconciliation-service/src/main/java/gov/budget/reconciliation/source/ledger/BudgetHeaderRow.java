package gov.budget.reconciliation.source.ledger;

import gov.budget.contracts.ledger.BudgetPayload;
import gov.budget.reconciliation.projection.BudgetKey;

import java.time.Instant;

/** A budget's header as a BudgetChanged event carries it: template, department name and narrative figures. */
public record BudgetHeaderRow(String deptCode, int fiscalYear, long version, Instant occurredAt, BudgetPayload payload) {

    public BudgetKey budget() {
        return new BudgetKey(deptCode, fiscalYear);
    }

    public String key() {
        return deptCode + ":" + fiscalYear;
    }
}
