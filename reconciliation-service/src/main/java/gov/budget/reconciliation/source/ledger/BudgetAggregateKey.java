package gov.budget.reconciliation.source.ledger;

import java.io.Serializable;
import java.util.Objects;

/**
 * The primary key of the ledger's projections: the budget, then the aggregate id. The aggregate id
 * names its budget itself ({@code deptCode:fiscalYear:…}), so it is unique alone as well, which the
 * projectors hold to by refusing an event whose id names another budget; the tables need no second
 * index for that.
 */
public class BudgetAggregateKey implements Serializable {

    public String deptCode;
    public int fiscalYear;
    public String aggregateId;

    public BudgetAggregateKey() {
    }

    public BudgetAggregateKey(String deptCode, int fiscalYear, String aggregateId) {
        this.deptCode = deptCode;
        this.fiscalYear = fiscalYear;
        this.aggregateId = aggregateId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BudgetAggregateKey key && fiscalYear == key.fiscalYear && Objects.equals(deptCode, key.deptCode)
                && Objects.equals(aggregateId, key.aggregateId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(deptCode, fiscalYear, aggregateId);
    }
}
