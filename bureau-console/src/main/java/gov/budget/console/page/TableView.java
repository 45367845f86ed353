package gov.budget.console.page;

import java.util.ArrayList;
import java.util.List;

/**
 * A ledger table as published: title, unit, its columns' labels, its rows with their cells, and its
 * note. A cell that a finding involves is highlighted, with what the finding says.
 */
public record TableView(int tableNo, String title, String unit, List<String> columns, List<Row> rows, String note) {

    /** One header cell as printed: a nested header (公务用车购置及运行费 over 购置费) spans its columns. */
    public record HeaderCell(String label, int colspan, int rowspan) {
    }

    /** Whether some column sits under a group header, which the template writes as {@code group/column}. */
    public boolean nestedHeader() {
        return columns.stream().anyMatch(label -> label.contains("/"));
    }

    /** The first header row: each group once over its columns, each other column over both rows. */
    public List<HeaderCell> groupHeader() {
        List<HeaderCell> cells = new ArrayList<>();
        int rowspan = nestedHeader() ? 2 : 1;
        for (int i = 0; i < columns.size(); i++) {
            String label = columns.get(i);
            int slash = label.indexOf('/');
            if (slash < 0) {
                cells.add(new HeaderCell(label, 1, rowspan));
                continue;
            }
            String group = label.substring(0, slash);
            int span = 1;
            while (i + span < columns.size() && columns.get(i + span).startsWith(group + "/")) {
                span++;
            }
            cells.add(new HeaderCell(group, span, 1));
            i += span - 1;
        }
        return cells;
    }

    /** The second header row: the columns under a group, by their own labels. */
    public List<String> nestedLabels() {
        return columns.stream().filter(label -> label.contains("/")).map(label -> label.substring(label.indexOf('/') + 1)).toList();
    }

    public record Row(String code, String name, List<Cell> cells) {
    }

    /**
     * @param finding the open finding at this cell, or null: its id (the anchor of the finding in the
     *                list), rule, severity, and what it says
     */
    public record Cell(String text, FindingView finding) {

        public boolean highlighted() {
            return finding != null;
        }
    }
}
