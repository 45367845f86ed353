package gov.budget.reconciliation.rule.check;

import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.CheckSpec;
import gov.budget.reconciliation.rule.Comparison;
import gov.budget.reconciliation.rule.LineValues;
import gov.budget.reconciliation.rule.RuleInput;
import gov.budget.reconciliation.rule.Severity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An empty table and what must agree with it (R18). When the published table has no rows, it
 * carries a note, and the cells of {@code blankWhenEmpty} (a cell, or a whole column when the row is
 * left out) are blank. When it has rows, its note does not call it empty (空表). With {@code aspect}
 * CONTENT only the cells and a wrong note are checked, with MISSING_NOTE only the note an empty
 * table lacks, so that a rule set gives that its own severity (a WARNING, as R28 does); without
 * one, both.
 */
public record EmptyTableCheck(int table, List<CellRef> blankWhenEmpty, Aspect aspect, Severity severity) implements CheckSpec {

    /** Which part of the check. */
    public enum Aspect {
        CONTENT, MISSING_NOTE
    }

    static final String EMPTY_TABLE_MARK = "空表";
    /** The location's column for a table's note. */
    static final String NOTE = "note";

    @Override
    public List<Comparison> compare(BudgetFacts facts) {
        BudgetFacts.PublishedTable published = facts.published().get(table);
        if (published == null) {
            return List.of();
        }
        List<Comparison> comparisons = new ArrayList<>();
        boolean empty = facts.table(table).isEmpty();
        boolean saysEmpty = published.note() != null && published.note().contains(EMPTY_TABLE_MARK);
        if (!empty) {
            if (aspect == Aspect.MISSING_NOTE) {
                return comparisons;
            }
            comparisons.add(Comparison.count(table, null, NOTE, null, saysEmpty ? 1 : 0, 0,
                    "表中有数，却附有空表说明「" + published.note() + "」"));
            return comparisons;
        }
        if (aspect != Aspect.CONTENT) {
            comparisons.add(Comparison.count(table, null, NOTE, null, published.note() == null ? 0 : 1, 1,
                    "空表未附说明（注：…空表列示）"));
        }
        if (aspect == Aspect.MISSING_NOTE) {
            return comparisons;
        }
        for (CellRef ref : blankWhenEmpty) {
            int filled = filledCells(facts, ref);
            comparisons.add(Comparison.count(ref.table(), ref.row(), ref.column(), null, filled, 0,
                    "表" + table + "为空，表" + ref.table() + (ref.row() == null ? "" : "「" + ref.row() + "」")
                            + " " + ref.column() + " 栏应为空，却有 " + filled + " 处填数"));
        }
        return comparisons;
    }

    @Override
    public Set<RuleInput> inputs() {
        Set<RuleInput> inputs = new HashSet<>();
        inputs.add(RuleInput.ledgerTable(table));
        inputs.add(RuleInput.ledgerTables());
        if (blankWhenEmpty != null) {
            blankWhenEmpty.forEach(ref -> inputs.add(ref.input()));
        }
        return inputs;
    }

    /** How many non-zero figures the referenced cell or column holds. */
    private static int filledCells(BudgetFacts facts, CellRef ref) {
        List<LineValues> rows = ref.row() == null
                ? facts.table(ref.table())
                : facts.row(ref.table(), ref.row()).map(List::of).orElse(List.of());
        return (int) rows.stream()
                .map(r -> r.amounts().get(ref.column()))
                .filter(a -> a != null && a.signum() != 0)
                .count();
    }
}
