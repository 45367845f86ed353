package gov.budget.reconciliation.source.ledger;

import gov.budget.contracts.ledger.BudgetPayload;
import gov.budget.contracts.ledger.NarrativeFigure;
import gov.budget.contracts.ledger.RowKind;
import gov.budget.outbox.jdbc.MultiRowSql;
import gov.budget.reconciliation.facts.BudgetModel;
import gov.budget.reconciliation.projection.AmountsText;
import gov.budget.reconciliation.projection.BudgetKey;
import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.LineValues;

import java.util.List;
import java.util.Objects;

/** What the ledger's projections contribute to a budget's model: its header, its tables' notes and row counts, and its lines. */
final class LedgerFacts {

    private static final String OF_BUDGET = "deptCode = ?1 and fiscalYear = ?2";

    private LedgerFacts() {
    }

    static void loadInto(BudgetModel model) {
        BudgetKey key = model.key();
        loadHeader(key, model);
        MultiRowSql.select("SELECT table_no, note, row_count FROM ledger_table_projection WHERE dept_code = ? AND fiscal_year = ? "
                        + "ORDER BY table_no", List.of(key.deptCode(), key.fiscalYear()),
                row -> new BudgetFacts.PublishedTable(row.getInt(1), row.getString(2), row.getInt(3)))
                .forEach(model::table);
        loadLines(key, model);
    }

    /**
     * The header and its narrative's figures in one statement, as plain values: as an entity and its
     * collection they were two statements and most of the time of reading a budget's model (JFR,
     * throughput benchmark).
     */
    private static void loadHeader(BudgetKey key, BudgetModel model) {
        List<HeaderRow> rows = MultiRowSql.select("SELECT b.template_id, b.dept_name, f.code, f.label, f.amount, f.unit, f.text "
                        + "FROM budget_projection b LEFT JOIN narrative_figure_projection f ON f.budget_id = b.id "
                        + "WHERE b.dept_code = ? AND b.fiscal_year = ? ORDER BY f.position", List.of(key.deptCode(), key.fiscalYear()),
                row -> new HeaderRow(row.getString(1), row.getString(2), row.getString(3) == null ? null
                        : new NarrativeFigure(row.getString(3), row.getString(4), row.getBigDecimal(5), row.getString(6), row.getString(7))));
        if (!rows.isEmpty()) {
            model.header(new BudgetPayload(rows.get(0).templateId(), rows.get(0).deptName(),
                    rows.stream().map(HeaderRow::figure).filter(Objects::nonNull).toList()));
        }
    }

    /** Whether the budget has a header, a published table or a live line. */
    static boolean filed(String deptCode, int fiscalYear) {
        return BudgetProjection.count(OF_BUDGET, deptCode, fiscalYear) > 0
                || LedgerTableProjection.count(OF_BUDGET, deptCode, fiscalYear) > 0
                || LedgerLineProjection.count(OF_BUDGET + " and deleted = false", deptCode, fiscalYear) > 0;
    }

    /**
     * Every line of the budget in the order the projection stored them, removed ones as empty
     * places. Read as plain values: as entities, with a snapshot of each for dirty checking, they
     * were a fifth of every evaluation. The amounts are read as their stored text and parsed here,
     * so that a line that cannot be read fails this budget's evaluation, not the transaction.
     */
    private static void loadLines(BudgetKey key, BudgetModel model) {
        List<StoredLine> rows = MultiRowSql.select("SELECT aggregate_id, deleted, table_no, row_kind, code, name, position, amounts "
                        + "FROM ledger_line_projection WHERE dept_code = ? AND fiscal_year = ? ORDER BY id", List.of(key.deptCode(), key.fiscalYear()),
                row -> new StoredLine(row.getString(1), row.getBoolean(2), row.getInt(3), row.getString(4), row.getString(5),
                        row.getString(6), row.getInt(7), row.getString(8)));
        for (StoredLine row : rows) {
            model.line(row.aggregateId(), row.deleted() ? null : new LineValues(row.tableNo(), RowKind.valueOf(row.rowKind()), row.code(),
                    row.name(), row.position(), AmountsText.read(row.amounts())));
        }
    }

    /** The header joined with one of its figures, or with none ({@code figure} null) when it states none. */
    private record HeaderRow(String templateId, String deptName, NarrativeFigure figure) {
    }

    /** A line as stored, its amounts still text: they are parsed once the statement is done. */
    private record StoredLine(String aggregateId, boolean deleted, int tableNo, String rowKind, String code, String name, int position,
                              String amounts) {
    }
}
