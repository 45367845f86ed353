package gov.budget.ledger.line.rest;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A change to one row, in JSON merge-patch style: what is left out stays as it is.
 *
 * @param name    the new printed name, or null to keep it
 * @param amounts the cells to change: column code to the new amount, or to null to blank the cell
 */
public record LedgerRowPatch(String name, Map<String, BigDecimal> amounts) {
}
