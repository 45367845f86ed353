package gov.budget.reconciliation.source;

import gov.budget.reconciliation.facts.BudgetModel;
import gov.budget.reconciliation.facts.BudgetModelLoader;
import gov.budget.reconciliation.projection.BudgetKey;
import gov.budget.reconciliation.projection.RecordProjection;
import gov.budget.reconciliation.projection.RecordRow;

import java.util.List;

/**
 * What the record projection holds of a source's kinds for one budget: its contribution to the
 * budget's model, and whether anything was filed. Shared by the sources whose aggregates are records.
 */
public final class RecordFacts {

    private static final String LIVE_OF_BUDGET = "deptCode = ?1 and fiscalYear = ?2 and aggregateType = ?3 and deleted = false";

    private RecordFacts() {
    }

    /** Adds the budget's records of these kinds to its model, removed ones as empty places, in the order they were stored. */
    public static void loadInto(BudgetModel model, List<RecordProjector> kinds) {
        BudgetKey key = model.key();
        for (RecordProjector kind : kinds) {
            RecordProjection.<RecordProjection>list("deptCode = ?1 and fiscalYear = ?2 and aggregateType = ?3 order by id",
                            key.deptCode(), key.fiscalYear(), kind.type())
                    .stream()
                    .map(BudgetModelLoader::detached)
                    .forEach(r -> model.record(new RecordRow(r.aggregateType, r.aggregateId, r.deptCode, r.fiscalYear, r.version,
                            r.deleted, r.occurredAt, r.payloadAs(kind.payloadType()), r.payload)));
        }
    }

    /** Whether a live record of one of these kinds is filed under the department-year. */
    public static boolean filed(String deptCode, int fiscalYear, List<RecordProjector> kinds) {
        return kinds.stream().anyMatch(kind -> RecordProjection.count(LIVE_OF_BUDGET, deptCode, fiscalYear, kind.type()) > 0);
    }
}
