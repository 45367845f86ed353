package gov.budget.ledger.line.export;

import gov.budget.contracts.ledger.RowKind;
import gov.budget.contracts.template.CodeLayout;
import gov.budget.contracts.template.ColumnTemplate;
import gov.budget.contracts.template.RegionTemplate;
import gov.budget.contracts.template.TableTemplate;
import gov.budget.ledger.line.rest.LedgerLineView;
import gov.budget.ledger.line.rest.LedgerTableView;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a stored table out the way its region prints it: codes in one column (2080101) or split into
 * 类/款/项 columns, as the template says.
 */
public final class PublishedTableLayout {

    private static final List<String> FUNCTIONAL_PARTS = List.of("类", "款", "项");
    private static final List<String> ECONOMIC_PARTS = List.of("类", "款");

    private PublishedTableLayout() {
    }

    public static PublishedTable layOut(RegionTemplate region, TableTemplate table, LedgerTableView stored, String deptName) {
        List<String> headings = List.of(stored.deptCode() + deptName, "预算年度：" + stored.fiscalYear(), "单位：" + table.unit());
        boolean coded = table.codeKind().isPresent();
        List<String> codeParts = codeParts(region, table);
        List<String> header = new ArrayList<>();
        header.add("序号");
        header.addAll(codeParts);
        header.add(coded ? "科目名称" : "项目");
        table.columns().stream().map(ColumnTemplate::label).forEach(header::add);

        List<List<Object>> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        int number = 1;
        for (LedgerLineView line : stored.rows()) {
            keys.add(RowKey.of(line.kind(), line.code()));
            List<Object> row = new ArrayList<>();
            row.add(number++);
            row.addAll(codeCells(line, codeParts.size()));
            row.add(line.name());
            for (ColumnTemplate column : table.columns()) {
                row.add(line.amounts().get(column.code()));
            }
            rows.add(row);
        }
        return new PublishedTable(table.number(), table.title(), headings, header, rows, table.columns().size(), stored.note(), keys);
    }

    /** The header cells for the code: none for a table of items, one, or one per level when split. */
    private static List<String> codeParts(RegionTemplate region, TableTemplate table) {
        if (table.codeKind().isEmpty()) {
            return List.of();
        }
        if (region.codeLayout() == CodeLayout.COMBINED) {
            return List.of("科目编码");
        }
        return table.codeKind().get() == RowKind.FUNCTIONAL ? FUNCTIONAL_PARTS : ECONOMIC_PARTS;
    }

    /** 2080101 as one cell, or as 208 | 01 | 01; blank for the total and item rows. */
    private static List<Object> codeCells(LedgerLineView line, int parts) {
        List<Object> cells = new ArrayList<>();
        boolean coded = line.kind() == RowKind.FUNCTIONAL || line.kind() == RowKind.ECONOMIC;
        if (parts == 1) {
            cells.add(coded ? line.code() : null);
            return cells;
        }
        for (int level = 0; level < parts; level++) {
            int from = level == 0 ? 0 : 3 + (level - 1) * 2;
            int to = level == 0 ? 3 : from + 2;
            cells.add(coded && line.code().length() >= to ? line.code().substring(from, to) : null);
        }
        return cells;
    }
}
