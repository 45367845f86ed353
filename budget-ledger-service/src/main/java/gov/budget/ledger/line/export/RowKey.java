package gov.budget.ledger.line.export;

import gov.budget.contracts.ledger.RowKind;

/**
 * A row's identity as a workbook keeps it beside the printed row: {@code TOTAL} for the 合计 row,
 * {@code ITEM:income_general_public} for an item, and the code for a functional or economic row
 * (which the row also prints). It is what lets a row without a printed code read back as itself.
 */
public record RowKey(RowKind kind, String code) {

    /** The header of the hidden column that holds the keys. */
    public static final String HEADER = "行键";

    private static final String ITEM_PREFIX = "ITEM:";

    public static String of(RowKind kind, String code) {
        return switch (kind) {
            case TOTAL -> RowKind.TOTAL.name();
            case ITEM -> ITEM_PREFIX + code;
            case FUNCTIONAL, ECONOMIC -> code;
        };
    }

    /** The key read back, or null when the text is not one. A bare code leaves the kind to the table. */
    public static RowKey parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String key = text.strip();
        if (key.equals(RowKind.TOTAL.name())) {
            return new RowKey(RowKind.TOTAL, null);
        }
        if (key.startsWith(ITEM_PREFIX)) {
            return new RowKey(RowKind.ITEM, key.substring(ITEM_PREFIX.length()));
        }
        return new RowKey(null, key);
    }
}
