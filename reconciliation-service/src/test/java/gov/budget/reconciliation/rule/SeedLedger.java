package gov.budget.reconciliation.rule;

import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.ledger.RowKind;
import gov.budget.reconciliation.SampleBudget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The seed department's table 3, from the project's sample data, as the rules read it. */
final class SeedLedger {

    private SeedLedger() {
    }

    static LedgerSnapshot table3() {
        return table3With(Map.of());
    }

    /** Table 3 with some cells replaced: row code → (column → amount). */
    static LedgerSnapshot table3With(Map<String, Map<String, String>> changes) {
        try {
            JsonNode rows = EventCodec.mapper().readTree(SampleBudget.table3Json()).get("rows");
            List<LineValues> lines = new ArrayList<>();
            int position = 0;
            for (JsonNode row : rows) {
                position++;
                boolean total = "TOTAL".equals(row.path("kind").asText());
                String code = total ? "total" : row.get("code").asText();
                Map<String, BigDecimal> amounts = new LinkedHashMap<>();
                row.get("amounts").fields().forEachRemaining(e -> amounts.put(e.getKey(), e.getValue().decimalValue()));
                changes.getOrDefault(code, Map.of()).forEach((column, value) -> amounts.put(column, new BigDecimal(value)));
                lines.add(new LineValues(3, total ? RowKind.TOTAL : RowKind.FUNCTIONAL, code, row.get("name").asText(), position, amounts));
            }
            return LedgerSnapshot.of("323", 2024, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
