package gov.budget.console.page;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings on a department's records outside the nine tables (project sheets, procurement,
 * holdings), looked up by where they sit: a row such as {@code sheet:<project>} or
 * {@code holdings:<date>}, and a column such as {@code cost:<indicator>} or a holdings category.
 */
final class RecordFindings {

    private final Map<String, FindingView> byCell = new HashMap<>();
    private final List<FindingView> all;

    RecordFindings(List<FindingView> findings) {
        this.all = findings.stream().filter(f -> f.table() == null && f.rowCode() != null).toList();
        all.forEach(f -> byCell.putIfAbsent(f.rowCode() + "|" + f.column(), f));
    }

    /** The open finding at this row and column, or null. */
    FindingView at(String row, String column) {
        return byCell.get(row + "|" + column);
    }

    /** The open findings whose row starts with this prefix, such as every {@code procurement:} one. */
    List<FindingView> ofRowsStartingWith(String prefix) {
        return all.stream().filter(f -> f.rowCode().startsWith(prefix)).toList();
    }
}
