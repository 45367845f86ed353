package gov.budget.reconciliation.source;

import gov.budget.outbox.jdbc.MultiRowSql;
import gov.budget.reconciliation.facts.BudgetModel;
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
     * order they were stored: one query for all of them, on every model read. Read as plain values,
     * not entities: the persistence context's copy of each was most of a model's read.
     */
    public static void loadInto(BudgetModel model, List<RecordProjector> kinds) {
        if (kinds.isEmpty()) {
            return;
        }
        BudgetKey key = model.key();
        Map<String, Class<?>> payloadTypes = kinds.stream().collect(Collectors.toMap(RecordProjector::type, RecordProjector::payloadType));
        MultiRowSql.selectIn("SELECT aggregate_type, aggregate_id, version, deleted, occurred_at, payload FROM record_projection "
                        + "WHERE dept_code = ? AND fiscal_year = ? AND aggregate_type IN (?) ORDER BY id",
                List.of(key.deptCode(), key.fiscalYear()), payloadTypes.keySet(), row -> {
                    String type = row.getString(1);
                    String id = row.getString(2);
                    String json = row.getString(6);
                    return new RecordRow(type, id, key.deptCode(), key.fiscalYear(), row.getLong(3), row.getBoolean(4),
                            row.getTimestamp(5).toInstant(), ModelPayloads.read(json, payloadTypes.get(type), type + " " + id), json);
                })
                .forEach(model::record);
    }

    /** Whether a live record of one of these kinds is filed under the department-year. */
    public static boolean filed(String deptCode, int fiscalYear, List<RecordProjector> kinds) {
        return !kinds.isEmpty() && RecordProjection.count("deptCode = ?1 and fiscalYear = ?2 and aggregateType in ?3 and deleted = false",
                deptCode, fiscalYear, kinds.stream().map(RecordProjector::type).toList()) > 0;
    }
}
