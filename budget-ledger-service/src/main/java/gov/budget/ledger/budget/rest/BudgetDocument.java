package gov.budget.ledger.budget.rest;

import gov.budget.contracts.ledger.NarrativeFigure;
import gov.budget.ledger.line.rest.LedgerTableView;

import java.time.Instant;
import java.util.List;

/**
 * A whole budget: every table of its template in order (a table never written has version 0 and no
 * rows) and its narrative figures. {@code version} is also its ETag.
 *
 * @param changedLines on an import, how many rows were added, changed or removed; 0 on a read
 */
public record BudgetDocument(String deptCode, String deptName, int fiscalYear, String templateId, String region,
                             long version, Instant updatedAt, List<LedgerTableView> tables, List<NarrativeFigure> narrative,
                             int changedLines) {
}
