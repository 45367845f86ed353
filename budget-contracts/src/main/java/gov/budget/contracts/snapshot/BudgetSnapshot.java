package gov.budget.contracts.snapshot;

import gov.budget.contracts.ledger.NarrativeFigure;

import java.util.List;

/**
 * A budget's header in a snapshot: what reconciliation projects besides the lines. The nightly run
 * compares it with its projections.
 *
 * @param version the budget's version, which rises with every change to any of its tables or narrative
 * @param tables  every table written at least once, by number
 */
public record BudgetSnapshot(String deptCode, int fiscalYear, String templateId, String deptName, long version,
                             List<TableSnapshot> tables, List<NarrativeFigure> narrative) {
}
