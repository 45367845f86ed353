package gov.budget.reconciliation.source.ledger;

import gov.budget.contracts.ledger.NarrativeFigure;
import gov.budget.outbox.jdbc.MultiRowSql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and writes budgets' headers ({@link BudgetProjection} and its {@link NarrativeFigureProjection}s)
 * with set-based statements, in the caller's transaction: a batch of headers is one upsert, one
 * delete of their figures and one multi-row insert of the new ones. As entities, each figure was an
 * insert of its own, and a batch's few headers a fifth of the consumer's time (JFR, throughput
 * benchmark).
 */
final class BudgetHeaderRows {

    private static final String STORED = "SELECT id, dept_code, fiscal_year, version FROM budget_projection "
            + "WHERE dept_code IN (?) FOR UPDATE";
    private static final String UPSERT_HEAD = "INSERT INTO budget_projection (dept_code, fiscal_year, template_id, dept_name, "
            + "version, occurred_at)";
    private static final String UPSERT_TAIL = "ON DUPLICATE KEY UPDATE template_id = VALUES(template_id), "
            + "dept_name = VALUES(dept_name), version = VALUES(version), occurred_at = VALUES(occurred_at)";
    private static final String DELETE_FIGURES = "DELETE FROM narrative_figure_projection WHERE budget_id IN (?)";
    private static final String FIGURE_HEAD = "INSERT INTO narrative_figure_projection (budget_id, position, code, label, amount, "
            + "unit, text)";

    /** A stored header's row id and version. */
    record Stored(long id, long version) {
    }

    private BudgetHeaderRows() {
    }

    /** The stored headers of the rows' budgets, by {@link BudgetHeaderRow#key()}, locked until the transaction ends. */
    static Map<String, Stored> lockStored(Collection<BudgetHeaderRow> headers) {
        Set<String> keys = headers.stream().map(BudgetHeaderRow::key).collect(Collectors.toSet());
        Set<String> departments = headers.stream().map(BudgetHeaderRow::deptCode).collect(Collectors.toSet());
        Map<String, Stored> stored = new HashMap<>();
        MultiRowSql.selectIn(STORED, List.of(), departments, row -> {
            String key = row.getString(2) + ":" + row.getInt(3);
            if (keys.contains(key)) {
                stored.put(key, new Stored(row.getLong(1), row.getLong(4)));
            }
            return null;
        });
        return stored;
    }

    /**
     * Stores the headers as given, version and time included, and replaces their figures with the
     * rows'. {@code stored} holds what the caller read of them already ({@link #lockStored}); only
     * the ids of headers new to the table are read back after the upsert.
     */
    static void store(List<BudgetHeaderRow> headers, Map<String, Stored> stored) {
        if (headers.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(headers.size());
        for (BudgetHeaderRow header : headers) {
            rows.add(new Object[] {header.deptCode(), header.fiscalYear(), header.payload().templateId(), header.payload().deptName(),
                    header.version(), header.occurredAt()});
        }
        MultiRowSql.insert(UPSERT_HEAD, UPSERT_TAIL, 6, rows);
        Map<String, Stored> ids = new HashMap<>(stored);
        List<BudgetHeaderRow> added = headers.stream().filter(header -> !stored.containsKey(header.key())).toList();
        if (!added.isEmpty()) {
            ids.putAll(lockStored(added));
        }
        MultiRowSql.updateIn(DELETE_FIGURES, List.of(), headers.stream().map(header -> ids.get(header.key()).id()).toList());
        List<Object[]> figures = new ArrayList<>();
        for (BudgetHeaderRow header : headers) {
            long budgetId = ids.get(header.key()).id();
            List<NarrativeFigure> narrative = header.payload().narrative() == null ? List.of() : header.payload().narrative();
            for (int i = 0; i < narrative.size(); i++) {
                NarrativeFigure figure = narrative.get(i);
                figures.add(new Object[] {budgetId, i + 1, figure.code(), figure.label(), figure.amount(), figure.unit(), figure.text()});
            }
        }
        MultiRowSql.insert(FIGURE_HEAD, "", 7, figures);
    }
}
