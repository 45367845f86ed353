package gov.budget.ledger.line.service;

import gov.budget.contracts.ledger.RowKind;

import java.math.BigDecimal;
import java.util.Map;

/** A request row that passed validation, with its kind settled and its amounts in column order. */
public record ValidatedRow(RowKind kind, String code, String name, int position, Map<String, BigDecimal> amounts) {

    /** The code under which the TOTAL row is stored. */
    public static final String TOTAL_CODE = "total";
}
