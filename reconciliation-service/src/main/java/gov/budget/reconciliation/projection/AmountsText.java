package gov.budget.reconciliation.projection;

import jakarta.persistence.AttributeConverter;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A ledger line's amounts as one text column, {@code basic=528.21;project=52.00;total=580.21}
 * (column codes in order): a line and its amounts are one row, so that a batch of lines is one
 * multi-row upsert instead of a row per line and per amount. Column codes are template identifiers
 * and never hold {@code =} or {@code ;}.
 */
public final class AmountsText {

    private AmountsText() {
    }

    public static String write(Map<String, BigDecimal> amounts) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(amounts).forEach((column, amount) -> {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(column).append('=').append(amount.toPlainString());
        });
        return text.toString();
    }

    public static Map<String, BigDecimal> read(String text) {
        if (text == null || text.isEmpty()) {
            return Map.of();
        }
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (String cell : text.split(";")) {
            int equals = cell.indexOf('=');
            amounts.put(cell.substring(0, equals), new BigDecimal(cell.substring(equals + 1)));
        }
        return Collections.unmodifiableMap(amounts);
    }

    /** Maps the entity's amounts onto the column. */
    @jakarta.persistence.Converter
    public static final class Converter implements AttributeConverter<Map<String, BigDecimal>, String> {

        @Override
        public String convertToDatabaseColumn(Map<String, BigDecimal> amounts) {
            return amounts == null ? "" : write(amounts);
        }

        @Override
        public Map<String, BigDecimal> convertToEntityAttribute(String text) {
            return read(text);
        }
    }
}
