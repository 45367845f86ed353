package gov.budget.ledger.line.rest;

import java.util.List;

/** The complete rows of one table, in published order; they replace what the table held. */
public record LedgerTableRequest(List<LedgerRowRequest> rows) {
}
