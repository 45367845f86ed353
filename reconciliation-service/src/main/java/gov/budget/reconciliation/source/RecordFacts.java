package gov.budget.reconciliation.source;

import gov.budget.outbox.jdbc.MultiRowSql;
import gov.budget.reconciliation.facts.ModelPayloads;
import gov.budget.reconciliation.facts.ModelReads;
import gov.budget.reconciliation.facts.StoredRows;
import gov.budget.reconciliation.projection.RecordProjection;
import gov.budget.reconciliation.projection.RecordRow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the record projection holds of the sources' budget records for budgets: their part of the
 * budgets' models, and whether anything was filed.
 */
public final class RecordFacts {

    private RecordFacts() {
    }

    /**
     * Adds the budgets' records of these kinds to their models, removed ones as empty places: one
     * query for all of them, on every read of models, each budget's records a range of the
     * projection's key. Read as plain values, not entities: the persistence context's copy of each was
     * most of a model's read. Each payload is parsed into its budget's model, so that one that cannot
     * be read fails that budget only.
     */
    public static void loadInto(ModelReads reads, List<RecordProjector> kinds) {
        if (kinds.isEmpty()) {
            return;
        }
        Map<String, Class<?>> payloadTypes = kinds.stream().collect(Collectors.toMap(RecordProjector::type, RecordProjector::payloadType));
        List<Object> filter = new ArrayList<>(payloadTypes.keySet());
        filter.addAll(reads.yearRange());
        // the kinds as a list of alternatives: the one IN list is the departments'
        String ofKinds = String.join(" OR ", Collections.nCopies(payloadTypes.size(), "aggregate_type = ?"));
        MultiRowSql.selectIn("SELECT dept_code, fiscal_year, aggregate_type, aggregate_id, version, deleted, occurred_at, payload "
                        + "FROM record_projection WHERE (" + ofKinds + ") AND fiscal_year BETWEEN ? AND ? AND dept_code IN (?)",
                filter, reads.departments(), row -> {
                    String deptCode = row.getString(1);
                    int fiscalYear = row.getInt(2);
                    String type = row.getString(3);
                    String id = row.getString(4);
                    long version = row.getLong(5);
                    boolean deleted = row.getBoolean(6);
                    Instant occurredAt = MultiRowSql.RowReader.instant(row, 7);
                    String json = row.getString(8);
                    reads.add(deptCode, fiscalYear, model -> model.record(new RecordRow(type, id, deptCode, fiscalYear, version, deleted,
                            occurredAt, ModelPayloads.read(json, payloadTypes.get(type), type + " " + id), json)));
                    return null;
                });
    }

    /** Adds the budgets' records of these kinds, removed ones included, to their counts, in one statement. */
    public static void countInto(StoredRows rows, List<RecordProjector> kinds) {
        if (kinds.isEmpty()) {
            return;
        }
        List<Object> filter = new ArrayList<>(kinds.stream().map(RecordProjector::type).toList());
        filter.addAll(rows.yearRange());
        String ofKinds = String.join(" OR ", Collections.nCopies(kinds.size(), "aggregate_type = ?"));
        MultiRowSql.selectIn("SELECT dept_code, fiscal_year, COUNT(*) FROM record_projection WHERE (" + ofKinds
                        + ") AND fiscal_year BETWEEN ? AND ? AND dept_code IN (?) GROUP BY dept_code, fiscal_year",
                filter, rows.departments(), row -> {
                    rows.add(row.getString(1), row.getInt(2), row.getLong(3));
                    return null;
                });
    }

    /** Whether a live record of one of these kinds is filed under the department-year. */
    public static boolean filed(String deptCode, int fiscalYear, List<RecordProjector> kinds) {
        return !kinds.isEmpty() && RecordProjection.count("deptCode = ?1 and fiscalYear = ?2 and aggregateType in ?3 and deleted = false",
                deptCode, fiscalYear, kinds.stream().map(RecordProjector::type).toList()) > 0;
    }
}
