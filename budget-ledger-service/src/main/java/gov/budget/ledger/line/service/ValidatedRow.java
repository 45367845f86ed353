package gov.budget.ledger.line.service;

import gov.budget.contracts.ledger.RowKind;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/** A request row that passed validation, with its kind settled and its amounts in column order. */
public record ValidatedRow(RowKind kind, String code, String name, int position, Map<String, BigDecimal> amounts) {

    /** The code under which the TOTAL row is stored. */
    public static final String TOTAL_CODE = "total";

    /** Whether a stored line with these values already holds this row: then writing it changes nothing. */
    public boolean sameContent(RowKind storedKind, String storedName, int storedPosition, Map<String, BigDecimal> storedAmounts) {
        return storedKind == kind && Objects.equals(storedName, name) && storedPosition == position && storedAmounts.equals(amounts);
    }
}
