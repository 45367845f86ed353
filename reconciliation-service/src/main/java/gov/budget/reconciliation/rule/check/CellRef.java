package gov.budget.reconciliation.rule.check;

import gov.budget.contracts.ledger.NarrativeFigure;
import gov.budget.reconciliation.rule.BudgetFacts;
import gov.budget.reconciliation.rule.LineValues;
import gov.budget.reconciliation.rule.RuleInput;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A published figure a rule reads: a ledger cell (table, row code, column), a whole column of a
 * table when {@code row} is left out, or a narrative figure by its code.
 */
public record CellRef(Integer table, String row, String column, String narrative) {

    /** A figure as read: its amount (empty when blank or missing), unit and printed name. */
    public record Value(Optional<BigDecimal> amount, String unit, String name) {
    }

    public Value read(BudgetFacts facts) {
        if (narrative != null) {
            NarrativeFigure figure = facts.narrative().get(narrative);
            return figure == null
                    ? new Value(Optional.empty(), "万元", narrative)
                    : new Value(Optional.of(figure.amount()), figure.unit(), figure.label());
        }
        Optional<LineValues> line = facts.row(table, row);
        return new Value(line.map(l -> l.amounts().get(column)), facts.unit(table), line.map(LineValues::name).orElse(row));
    }

    public RuleInput input() {
        return narrative != null ? RuleInput.narrative() : RuleInput.ledgerTable(table);
    }
}
