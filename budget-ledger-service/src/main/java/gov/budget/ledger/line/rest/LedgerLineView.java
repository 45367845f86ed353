package gov.budget.ledger.line.rest;

import gov.budget.contracts.ledger.RowKind;

import java.math.BigDecimal;
import java.util.Map;

/** One stored row as the API shows it; a blank cell is absent from {@code amounts}. */
public record LedgerLineView(RowKind kind, String code, String name, int position, Map<String, BigDecimal> amounts, long version) {
}
