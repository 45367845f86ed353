package gov.budget.ledger.line.rest;

import gov.budget.contracts.ledger.RowKind;
import gov.budget.web.openapi.Amount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
public record LedgerRowRequest(
        RowKind kind,
        @Schema(description = "3, 5 or 7 digits for a functional code, 3 or 5 for an economic one, lower-case letters, digits "
                + "and _ (at most 64) for an item key") String code,
        @Schema(required = true, maxLength = 300, pattern = "\\S") String name,
        @Schema(additionalProperties = Amount.class) Map<String, BigDecimal> amounts) {
}
