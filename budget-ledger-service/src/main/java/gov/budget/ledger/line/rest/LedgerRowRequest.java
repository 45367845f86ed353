package gov.budget.ledger.line.rest;

import gov.budget.contracts.ledger.RowKind;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One published row.
 *
 * @param kind    TOTAL for the 合计 row; may be left out for a code row, which then takes the table's classification
 * @param code    the functional or economic code, or the item key; ignored on the TOTAL row
 * @param name    the printed name
 * @param amounts column code to amount in the table's unit, at most 2 decimals; leave a blank cell out
 */
public record LedgerRowRequest(RowKind kind, String code, String name, Map<String, BigDecimal> amounts) {
}
