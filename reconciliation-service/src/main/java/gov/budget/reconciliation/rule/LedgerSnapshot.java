package gov.budget.reconciliation.rule;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The live ledger rows of one budget, by table, in published order. */
public record LedgerSnapshot(String deptCode, int fiscalYear, Map<Integer, List<LineValues>> tables) {

    public static LedgerSnapshot of(String deptCode, int fiscalYear, List<LineValues> lines) {
        Map<Integer, List<LineValues>> byTable = lines.stream()
                .sorted(Comparator.comparingInt(LineValues::position))
                .collect(Collectors.groupingBy(LineValues::tableNo, Collectors.toList()));
        return new LedgerSnapshot(deptCode, fiscalYear, byTable);
    }

    public List<LineValues> table(int tableNo) {
        return tables.getOrDefault(tableNo, List.of());
    }
}
