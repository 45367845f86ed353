package gov.budget.console.page;

import java.util.List;

/**
 * A ledger table as published: title, unit, its columns' labels, its rows with their cells, and its
 * note. A cell that a finding involves is highlighted, with what the finding says.
 */
public record TableView(int tableNo, String title, String unit, List<String> columns, List<Row> rows, String note) {

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
