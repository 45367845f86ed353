package gov.budget.contracts.template;

import gov.budget.contracts.ledger.RowKind;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The layout of one disclosure table: what it is called, its unit, its ordered columns
 * and the kinds of row it takes.
 */
public record TableTemplate(int number, String title, String unit, List<ColumnTemplate> columns, Set<RowKind> rowKinds) {

    public Optional<ColumnTemplate> column(String code) {
        return columns.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The given amounts in this table's column order; columns the table lacks are left out. */
    public Map<String, BigDecimal> inColumnOrder(Map<String, BigDecimal> amounts) {
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        for (ColumnTemplate column : columns) {
            BigDecimal amount = amounts.get(column.code());
            if (amount != null) {
                ordered.put(column.code(), amount);
            }
        }
        return ordered;
    }

    public boolean accepts(RowKind kind) {
        return rowKinds.contains(kind);
    }

    /** The classification a code row of this table uses, if it takes code rows. */
    public Optional<RowKind> codeKind() {
        if (rowKinds.contains(RowKind.FUNCTIONAL)) {
            return Optional.of(RowKind.FUNCTIONAL);
        }
        if (rowKinds.contains(RowKind.ECONOMIC)) {
            return Optional.of(RowKind.ECONOMIC);
        }
        return Optional.empty();
    }
}
