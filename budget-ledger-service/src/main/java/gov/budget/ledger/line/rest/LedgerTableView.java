package gov.budget.ledger.line.rest;

import java.util.List;

/**
 * One table of a budget.
 *
 * @param changedLines on a write, how many rows were added, changed or removed (one event each); 0 on a read
 */
public record LedgerTableView(String deptCode, int fiscalYear, String templateId, int tableNo, String title, String unit,
                              List<LedgerLineView> rows, int changedLines) {
}
