package gov.budget.ledger.budget.service;

import gov.budget.contracts.problem.FieldViolation;
import gov.budget.ledger.line.rest.LedgerRowRequest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names where a refused value sits in the printed document, for the person who compares the answer
 * with the paper: the printed table number and the row's code or name ({@code 表5 2080106：…}),
 * beside the field's path in the request, which stays as it is.
 */
final class PrintedLocation {

    private static final Pattern ROW_INDEX = Pattern.compile("\\.rows\\[(\\d+)]");

    private PrintedLocation() {
    }

    /** Prefixes the messages of the violations from index {@code from} on with the printed table and row. */
    static void name(List<FieldViolation> violations, int from, int tableNo, List<LedgerRowRequest> rows) {
        for (int i = from; i < violations.size(); i++) {
            FieldViolation violation = violations.get(i);
            violations.set(i, new FieldViolation(violation.field(), violation.value(),
                    "表" + tableNo + row(violation.field(), rows) + "：" + violation.message()));
        }
    }

    private static String row(String field, List<LedgerRowRequest> rows) {
        Matcher matcher = ROW_INDEX.matcher(field);
        if (rows == null || !matcher.find()) {
            return "";
        }
        int index = Integer.parseInt(matcher.group(1));
        LedgerRowRequest row = index < rows.size() ? rows.get(index) : null;
        if (row == null) {
            return " 第" + (index + 1) + "行";
        }
        String printed = row.code() != null && !row.code().isBlank() ? row.code() : row.name();
        return " 第" + (index + 1) + "行" + (printed == null || printed.isBlank() ? "" : "「" + printed + "」");
    }
}
