package gov.budget.ledger.line.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A change to one row, in JSON merge-patch style: what is left out stays as it is.
 *
 * @param name    the new printed name, or null to keep it
 * @param amounts the cells to change: column code to the new amount, or to null to blank the cell
 */
public record LedgerRowPatch(@Schema(maxLength = 300, pattern = "\\S") String name,
                             @Schema(description = "column code to an amount (at most 2 decimals, below 10^16 in absolute "
                                     + "value), or to null to blank the cell") Map<String, BigDecimal> amounts) {
}
