package gov.budget.outbox;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a committing transaction's outbox rows are numbered within each message key. */
class OutboxTransactionPartsTest {

    @Test
    void eachKeysRowsAreNumberedFromOneToTheirCountInTheOrderAppended() {
        List<Object[]> rows = new ArrayList<>();
        for (String key : List.of("D1:2024", "D2:2024", "D1:2024", "D1:2024", "D2:2024", "D3:2025")) {
            rows.add(new Object[] {"event", "topic", key, "LedgerLine", "id", 1L, "{}", null, 0, null, null});
        }

        List<Object[]> numbered = Outbox.withTransactionParts(rows);

        assertEquals(List.of("D1:2024 1/3", "D2:2024 1/2", "D1:2024 2/3", "D1:2024 3/3", "D2:2024 2/2", "D3:2025 1/1"),
                numbered.stream().map(row -> row[2] + " " + row[9] + "/" + row[10]).toList());
    }
}
