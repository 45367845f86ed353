package gov.budget.ledger.budget.workbook;

import gov.budget.contracts.problem.FieldViolation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each part of an import read from a workbook was printed, so that a refusal names the sheet,
 * the spreadsheet row and the column ({@code 表2 第14行 "合计"}) instead of the request's path.
 */
final class WorkbookPlaces {

    private static final Pattern TABLE_PATH = Pattern.compile("^tables\\[(\\d+)](?:\\.rows\\[(\\d+)])?(?:\\.(\\w+))?(?:\\.(\\w+))?");

    /** A table's sheet, the spreadsheet row of each of its body rows, and the header label of each field. */
    record SheetPlaces(String sheet, List<Integer> rowNumbers, Map<String, String> labels, Integer noteRow) {
    }

    private final Map<Integer, SheetPlaces> byTableIndex = new HashMap<>();

    void add(int tableIndex, SheetPlaces places) {
        byTableIndex.put(tableIndex, places);
    }

    /** The printed place of a cell: sheet, row and column label. */
    static String place(String sheet, int rowNumber, String label) {
        return sheet + " 第" + rowNumber + "行" + (label == null ? "" : " \"" + label + "\"");
    }

    /** The violations with each request path that names a table or row replaced by the printed place. */
    List<FieldViolation> translate(List<FieldViolation> violations) {
        return violations.stream().map(this::translate).toList();
    }

    private FieldViolation translate(FieldViolation violation) {
        Matcher matcher = TABLE_PATH.matcher(violation.field() == null ? "" : violation.field());
        if (!matcher.find()) {
            return violation;
        }
        SheetPlaces places = byTableIndex.get(Integer.parseInt(matcher.group(1)));
        if (places == null) {
            return violation;
        }
        String field;
        if (matcher.group(2) != null && Integer.parseInt(matcher.group(2)) < places.rowNumbers().size()) {
            int row = places.rowNumbers().get(Integer.parseInt(matcher.group(2)));
            String part = matcher.group(4) != null ? matcher.group(4) : matcher.group(3);
            field = place(places.sheet(), row, part == null ? null : places.labels().getOrDefault(part, part));
        } else if ("note".equals(matcher.group(3)) && places.noteRow() != null) {
            field = place(places.sheet(), places.noteRow(), null);
        } else {
            field = places.sheet();
        }
        return new FieldViolation(field, violation.value(), violation.message());
    }
}
