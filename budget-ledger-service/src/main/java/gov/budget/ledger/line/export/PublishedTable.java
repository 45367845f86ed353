package gov.budget.ledger.line.export;

import java.util.List;

/**
 * A table laid out as it is printed: the heading lines (title, department, year, unit), the header
 * row, the body rows in published order and the note. A body cell is text, an amount, or null when blank.
 *
 * @param tableNo       the table's number in its template
 * @param amountColumns how many trailing columns of each body row hold amounts
 * @param rowKeys       each body row's key as {@link RowKey} writes it, which a workbook keeps in a hidden
 *                      column so that a row without a printed code reads back as the same row
 */
public record PublishedTable(int tableNo, String title, List<String> headingLines, List<String> header, List<List<Object>> rows,
                             int amountColumns, String note, List<String> rowKeys) {
}
