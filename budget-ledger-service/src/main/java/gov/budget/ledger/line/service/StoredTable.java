package gov.budget.ledger.line.service;

import gov.budget.contracts.template.TableTemplate;
import gov.budget.ledger.budget.Budget;
import gov.budget.ledger.line.LedgerTable;
import gov.budget.ledger.line.StoredLine;
import gov.budget.ledger.line.rest.LedgerTableView;

import java.util.List;

/**
 * A table as a write left it: its version at once, and its view only when the caller wants the table
 * back; a caller that prefers a minimal answer never has the lines sorted and mapped.
 *
 * @param lines        every line, deleted ones included; null when the write was asked for no answer but
 *                     its version, and the lines were not read back
 * @param changedLines how many lines the write changed
 */
public record StoredTable(Budget budget, TableTemplate table, LedgerTable record, List<StoredLine> lines, int changedLines) {

    public long version() {
        return record.version;
    }

    public LedgerTableView view() {
        if (lines == null) {
            throw new IllegalStateException("the lines of table " + table.number() + " were not read for an answer");
        }
        return LedgerTableService.view(budget, table, record, lines, changedLines);
    }
}
