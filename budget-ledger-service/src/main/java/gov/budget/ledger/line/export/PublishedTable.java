package gov.budget.ledger.line.export;

import java.util.List;

/**
 * A table laid out as it is printed: the heading lines (title, department, year, unit), the header
 * row, the body rows in published order and the note. A body cell is text, an amount, or null when blank.
 *
 * @param amountColumns how many trailing columns of each body row hold amounts
 */
public record PublishedTable(String title, List<String> headingLines, List<String> header, List<List<Object>> rows,
                             int amountColumns, String note) {
}
