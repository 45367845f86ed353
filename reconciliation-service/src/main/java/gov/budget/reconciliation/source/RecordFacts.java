package gov.budget.reconciliation.source;

import gov.budget.reconciliation.facts.BudgetModel;
import gov.budget.reconciliation.facts.BudgetModelLoader;
import gov.budget.reconciliation.facts.ModelPayloads;
import gov.budget.reconciliation.projection.BudgetKey;
import gov.budget.reconciliation.projection.RecordProjection;
import gov.budget.reconciliation.projection.RecordRow;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the record projection holds of the sources' budget records for one budget: their part of the
 * budget's model, and whether anything was filed.
 */
public final class RecordFacts {

    private RecordFacts() {
    }

    /**
     * Adds the budget's records of these kinds to its model, removed ones as empty places, in the
     * order they were stored: one query for all of them, on every model read.
     */
    public static void loadInto(BudgetModel model, List<RecordProjector> kinds) {
        if (kinds.isEmpty()) {
            return;
        }
        BudgetKey key = model.key();
        Map<String, Class<?>> payloadTypes = kinds.stream().collect(Collectors.toMap(RecordProjector::type, RecordProjector::payloadType));
        RecordProjection.<RecordProjection>list("deptCode = ?1 and fiscalYear = ?2 and aggregateType in ?3 order by id",
                        key.deptCode(), key.fiscalYear(), payloadTypes.keySet())
                .stream()
                .map(BudgetModelLoader::detached)
                .forEach(r -> model.record(new RecordRow(r.aggregateType, r.aggregateId, r.deptCode, r.fiscalYear, r.version,
                        r.deleted, r.occurredAt, ModelPayloads.read(r, payloadTypes.get(r.aggregateType)), r.payload)));
    }

    /** Whether a live record of one of these kinds is filed under the department-year. */
    public static boolean filed(String deptCode, int fiscalYear, List<RecordProjector> kinds) {
        return !kinds.isEmpty() && RecordProjection.count("deptCode = ?1 and fiscalYear = ?2 and aggregateType in ?3 and deleted = false",
                deptCode, fiscalYear, kinds.stream().map(RecordProjector::type).toList()) > 0;
    }
}
