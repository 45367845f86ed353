package gov.budget.contracts.ledger;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The full state of one published ledger row, as carried by a {@code LedgerLineChanged} event.
 *
 * @param tableNo  the table number within the budget's template
 * @param rowKind  what the row's code is
 * @param code     the functional or economic code, the item key, or {@code total}
 * @param name     the row's printed name
 * @param position the row's order in the table, from 1
 * @param amounts  column code to amount, in the table's unit; an absent column is blank, not zero
 * @param unit     the table's unit, for example 万元
 * @param deleted  true when the row was removed; then only the key fields are meaningful
 */
public record LedgerLinePayload(
        int tableNo,
        RowKind rowKind,
        String code,
        String name,
        int position,
        Map<String, BigDecimal> amounts,
        String unit,
        boolean deleted) {

    public static final String AGGREGATE_TYPE = "LedgerLine";
    public static final String EVENT_TYPE = "LedgerLineChanged";

    /** The stable aggregate id of a ledger line: {@code deptCode:fiscalYear:tableNo:code}. */
    public static String aggregateId(String deptCode, int fiscalYear, int tableNo, String code) {
        return deptCode + ":" + fiscalYear + ":" + tableNo + ":" + code;
    }
}
