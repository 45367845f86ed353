package gov.budget.reconciliation.source.ledger;

import gov.budget.contracts.ledger.BudgetPayload;
import gov.budget.contracts.ledger.NarrativeFigure;
import gov.budget.contracts.ledger.RowKind;
import gov.budget.outbox.jdbc.MultiRowSql;
import gov.budget.reconciliation.facts.ModelReads;
import gov.budget.reconciliation.facts.StoredRows;
import gov.budget.reconciliation.projection.AmountsText;
import gov.budget.reconciliation.projection.BudgetKey;
import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.LineValues;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What the ledger's projections contribute to a budget's model: its header, its tables' notes and row counts, and its lines. */
final class LedgerFacts {

    private static final String OF_BUDGET = "deptCode = ?1 and fiscalYear = ?2";

    private LedgerFacts() {
    }

    /** Adds the budgets' headers, tables and lines to their models, in three statements for all of them. */
    static void loadInto(ModelReads reads) {
        loadHeaders(reads);
        MultiRowSql.selectIn("SELECT dept_code, fiscal_year, table_no, note, row_count FROM ledger_table_projection "
                        + "WHERE fiscal_year BETWEEN ? AND ? AND dept_code IN (?) ORDER BY dept_code, fiscal_year, table_no",
                reads.yearRange(), reads.departments(), row -> {
                    BudgetFacts.PublishedTable table = new BudgetFacts.PublishedTable(row.getInt(3), row.getString(4), row.getInt(5));
                    reads.add(row.getString(1), row.getInt(2), model -> model.table(table));
                    return null;
                });
        loadLines(reads);
    }

    /**
     * The headers and their narratives' figures in one statement, as plain values: as an entity and
     * its collection they were two statements and most of the time of reading a budget's model (JFR,
     * throughput benchmark).
     */
    private static void loadHeaders(ModelReads reads) {
        Map<BudgetKey, List<HeaderRow>> byBudget = new LinkedHashMap<>();
        MultiRowSql.selectIn("SELECT b.dept_code, b.fiscal_year, b.template_id, b.dept_name, f.code, f.label, f.amount, f.unit, f.text "
                        + "FROM budget_projection b LEFT JOIN narrative_figure_projection f ON f.budget_id = b.id "
                        + "WHERE b.fiscal_year BETWEEN ? AND ? AND b.dept_code IN (?) ORDER BY b.id, f.position",
                reads.yearRange(), reads.departments(), row -> byBudget.computeIfAbsent(new BudgetKey(row.getString(1), row.getInt(2)),
                        key -> new ArrayList<>()).add(new HeaderRow(row.getString(3), row.getString(4), row.getString(5) == null ? null
                        : new NarrativeFigure(row.getString(5), row.getString(6), row.getBigDecimal(7), row.getString(8), row.getString(9)))));
        byBudget.forEach((key, rows) -> reads.add(key.deptCode(), key.fiscalYear(), model -> model.header(new BudgetPayload(
                rows.get(0).templateId(), rows.get(0).deptName(), rows.stream().map(HeaderRow::figure).filter(Objects::nonNull).toList()))));
    }

    /** Adds the budgets' headers, tables and lines, removed ones included, to their counts: a statement a table. */
    static void countInto(StoredRows rows) {
        for (String table : List.of("budget_projection", "ledger_table_projection", "ledger_line_projection")) {
            MultiRowSql.selectIn("SELECT dept_code, fiscal_year, COUNT(*) FROM " + table
                            + " WHERE fiscal_year BETWEEN ? AND ? AND dept_code IN (?) GROUP BY dept_code, fiscal_year",
                    rows.yearRange(), rows.departments(), row -> {
                        rows.add(row.getString(1), row.getInt(2), row.getLong(3));
                        return null;
                    });
        }
    }

    /** Whether the budget has a header, a published table or a live line. */
    static boolean filed(String deptCode, int fiscalYear) {
        return BudgetProjection.count(OF_BUDGET, deptCode, fiscalYear) > 0
                || LedgerTableProjection.count(OF_BUDGET, deptCode, fiscalYear) > 0
                || LedgerLineProjection.count(OF_BUDGET + " and deleted = false", deptCode, fiscalYear) > 0;
    }

    /**
     * Every line of the budgets, removed ones as empty places, each budget's lines a range of the
     * projection's key. Read as plain values: as entities, with a snapshot of each for dirty
     * checking, they were a fifth of every evaluation. The amounts are read as their stored text and
     * parsed budget by budget, so that a line that cannot be read fails its own budget's evaluation only.
     */
    private static void loadLines(ModelReads reads) {
        Map<BudgetKey, List<StoredLine>> byBudget = new LinkedHashMap<>();
        MultiRowSql.selectIn("SELECT dept_code, fiscal_year, aggregate_id, deleted, table_no, row_kind, code, name, position, amounts "
                        + "FROM ledger_line_projection WHERE fiscal_year BETWEEN ? AND ? AND dept_code IN (?)",
                reads.yearRange(), reads.departments(), row -> byBudget.computeIfAbsent(new BudgetKey(row.getString(1), row.getInt(2)),
                        key -> new ArrayList<>()).add(new StoredLine(row.getString(3), row.getBoolean(4), row.getInt(5), row.getString(6),
                        row.getString(7), row.getString(8), row.getInt(9), row.getString(10))));
        byBudget.forEach((key, rows) -> reads.add(key.deptCode(), key.fiscalYear(), model -> {
            for (StoredLine row : rows) {
                model.line(row.aggregateId(), row.deleted() ? null : new LineValues(row.tableNo(), RowKind.valueOf(row.rowKind()),
                        row.code(), row.name(), row.position(), AmountsText.read(row.amounts())));
            }
        }));
    }

    /** The header joined with one of its figures, or with none ({@code figure} null) when it states none. */
    private record HeaderRow(String templateId, String deptName, NarrativeFigure figure) {
    }

    /** A line as stored, its amounts still text: they are parsed once the statement is done. */
    private record StoredLine(String aggregateId, boolean deleted, int tableNo, String rowKind, String code, String name, int position,
                              String amounts) {
    }
}
