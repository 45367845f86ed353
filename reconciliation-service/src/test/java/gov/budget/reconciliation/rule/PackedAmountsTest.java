package gov.budget.reconciliation.rule;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackedAmountsTest {

    @Test
    void eachAmountReadsBackWithItsValueAndItsScale() {
        Map<String, BigDecimal> row = new LinkedHashMap<>();
        row.put("total", new BigDecimal("580.21"));
        row.put("basic", new BigDecimal("528.210"));
        row.put("project", new BigDecimal("-52.00"));
        row.put("other", BigDecimal.ZERO);
        row.put("fund", new BigDecimal("1E+3"));
        row.put("huge", new BigDecimal("123456789012345678901234.5678"));
        row.put("edge", BigDecimal.valueOf(Long.MAX_VALUE >> 8, 2));
        row.put("beyond", BigDecimal.valueOf((Long.MAX_VALUE >> 8) + 1, 2));

        PackedAmounts packed = PackedAmounts.of(row);

        for (Map.Entry<String, BigDecimal> cell : row.entrySet()) {
            BigDecimal read = packed.get(cell.getKey());
            assertEquals(cell.getValue(), read, cell.getKey());
            assertEquals(cell.getValue().scale(), read.scale(), cell.getKey() + "'s scale");
        }
        assertEquals(row, packed);
        assertEquals(new HashMap<>(row), packed);
        assertEquals(new HashMap<>(row).hashCode(), packed.hashCode());
    }

    @Test
    void aMissingOrNullCellIsAbsentAndTheColumnsIterateInNameOrder() {
        Map<String, BigDecimal> row = new LinkedHashMap<>();
        row.put("total", new BigDecimal("1.00"));
        row.put("basic", null);
        row.put("project", new BigDecimal("1.00"));

        PackedAmounts packed = PackedAmounts.of(row);

        assertEquals(List.of("project", "total"), List.copyOf(packed.keySet()));
        assertEquals(List.of("project", "total"), packed.entrySet().stream().map(Map.Entry::getKey).toList());
        assertFalse(packed.containsKey("basic"));
        assertNull(packed.get("basic"));
        assertEquals(BigDecimal.ZERO, packed.getOrDefault("basic", BigDecimal.ZERO));
        assertTrue(PackedAmounts.of(Map.of()).isEmpty());
        assertTrue(PackedAmounts.of(null).isEmpty());
    }

    @Test
    void rowsWithTheSameColumnsShareOneArrayOfNames() {
        PackedAmounts first = PackedAmounts.of(Map.of("total", BigDecimal.ONE, "basic", BigDecimal.ONE));
        PackedAmounts second = PackedAmounts.of(Map.of("basic", BigDecimal.TEN, "total", BigDecimal.TEN));

        assertTrue(first.sharesColumnsWith(second));
        assertSame(first, PackedAmounts.of(first), "packed once, not again");
    }
}
