package gov.budget.ledger.line.service;

import gov.budget.contracts.code.EconomicCode;
import gov.budget.contracts.code.FunctionalCode;
import gov.budget.contracts.ledger.RowKind;
import gov.budget.contracts.problem.FieldViolation;
import gov.budget.contracts.template.ColumnTemplate;
import gov.budget.contracts.template.TableTemplate;
import gov.budget.ledger.line.rest.LedgerRowRequest;
import gov.budget.web.problem.InvalidInputException;
import gov.budget.web.validation.Amounts;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the rows of one table against its template: row kinds, code shapes and parents,
 * names, columns and amount precision. Reports every violation at once.
 */
@ApplicationScoped
public class LedgerRowsValidator {

    private static final Pattern ITEM_KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final int MAX_NOTE_LENGTH = 1000;

    /** The rows of a whole table, or 400 naming every offending field. */
    public List<ValidatedRow> validate(TableTemplate table, List<LedgerRowRequest> requestRows) {
        List<FieldViolation> violations = new ArrayList<>();
        List<ValidatedRow> rows = validate(table, requestRows, "", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return rows;
    }

    /**
     * Collects the violations of a table's rows under {@code prefix} (for example {@code tables[2].}),
     * so that a bulk import reports every table's errors at once.
     */
    public List<ValidatedRow> validate(TableTemplate table, List<LedgerRowRequest> requestRows, String prefix,
                                       List<FieldViolation> violations) {
        if (requestRows == null) {
            violations.add(new FieldViolation(prefix + "rows", null, "rows is required; send an empty list for an empty table"));
            return List.of();
        }
        List<ValidatedRow> rows = new ArrayList<>();
        int before = violations.size();
        for (int i = 0; i < requestRows.size(); i++) {
            LedgerRowRequest row = requestRows.get(i);
            String at = prefix + "rows[" + i + "]";
            if (row == null) {
                violations.add(new FieldViolation(at, null, "a row cannot be null"));
                continue;
            }
            validateRow(table, row, at, i + 1, violations).ifPresent(rows::add);
        }
        checkUniqueAndParents(rows, prefix, violations);
        return violations.size() > before ? List.of() : rows;
    }

    /** A table's note: optional, at most 1000 characters. */
    public static void checkNote(String note, String field, List<FieldViolation> violations) {
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            violations.add(new FieldViolation(field, note, "a note is at most " + MAX_NOTE_LENGTH + " characters"));
        }
    }

    /**
     * One row on its own, at {@code position} in its table, its violations named by the row's own
     * fields ({@code name}, {@code amounts.total}): a change to one stored row, whose code, kind and
     * place are the stored ones and so still unique and under their parents.
     */
    public Optional<ValidatedRow> validateRow(TableTemplate table, LedgerRowRequest row, int position, List<FieldViolation> violations) {
        return validateRow(table, row, "", position, violations);
    }

    /** A field of the row at {@code at} ({@code rows[2]}), or of a row on its own when {@code at} is empty. */
    private static String field(String at, String name) {
        return at.isEmpty() ? name : at + "." + name;
    }

    private static Optional<ValidatedRow> validateRow(TableTemplate table, LedgerRowRequest row, String at, int position,
                                               List<FieldViolation> violations) {
        int before = violations.size();
        RowKind kind = row.kind() != null ? row.kind() : table.codeKind().orElse(RowKind.ITEM);
        if (!table.accepts(kind)) {
            violations.add(new FieldViolation(field(at, "kind"), kind.name(), "table " + table.number() + " takes rows of kind " + table.rowKinds()));
        }
        String code = kind == RowKind.TOTAL ? ValidatedRow.TOTAL_CODE : row.code();
        checkCode(kind, code, field(at, "code"), violations);
        if (row.name() == null || row.name().isBlank()) {
            violations.add(new FieldViolation(field(at, "name"), row.name(), "name is required"));
        } else if (row.name().length() > 300) {
            violations.add(new FieldViolation(field(at, "name"), row.name(), "name is longer than 300 characters"));
        }
        Map<String, BigDecimal> amounts = orderedAmounts(table, row.amounts(), field(at, "amounts"), violations);
        if (violations.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ValidatedRow(kind, code, row.name().strip(), position, amounts));
    }

    private static void checkCode(RowKind kind, String code, String field, List<FieldViolation> violations) {
        switch (kind) {
            case FUNCTIONAL -> {
                if (!FunctionalCode.isWellFormed(code)) {
                    violations.add(new FieldViolation(field, code, "a functional code has 3, 5 or 7 digits (类/款/项)"));
                }
            }
            case ECONOMIC -> {
                if (!EconomicCode.isWellFormed(code)) {
                    violations.add(new FieldViolation(field, code, "an economic code has 3 or 5 digits (类/款)"));
                }
            }
            case ITEM -> {
                if (code == null || !ITEM_KEY.matcher(code).matches()) {
                    violations.add(new FieldViolation(field, code, "an item key is lower-case letters, digits and _"));
                }
            }
            case TOTAL -> {
                // the total row has a fixed key
            }
        }
    }

    /** The row's amounts in the table's column order, each with at most 2 decimals. */
    private static Map<String, BigDecimal> orderedAmounts(TableTemplate table, Map<String, BigDecimal> amounts, String at,
                                                          List<FieldViolation> violations) {
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        if (amounts == null) {
            return ordered;
        }
        for (String column : amounts.keySet()) {
            if (table.column(column).isEmpty()) {
                violations.add(new FieldViolation(at + "." + column, String.valueOf(amounts.get(column)),
                        "table " + table.number() + " has no column '" + column + "'; its columns are "
                                + table.columns().stream().map(ColumnTemplate::code).toList()));
            }
        }
        for (ColumnTemplate column : table.columns()) {
            BigDecimal amount = amounts.get(column.code());
            if (amount == null) {
                continue;
            }
            String field = at + "." + column.code();
            if (Amounts.check(field, amount, Amounts.Sign.ANY, violations)) {
                ordered.put(column.code(), amount.setScale(2));
            }
        }
        return ordered;
    }

    /** Codes are unique within a table, and a 款 or 项 needs its parent in the same table. */
    private static void checkUniqueAndParents(List<ValidatedRow> rows, String prefix, List<FieldViolation> violations) {
        Set<String> codes = new HashSet<>();
        for (ValidatedRow row : rows) {
            if (!codes.add(row.code())) {
                violations.add(new FieldViolation(prefix + "rows[" + (row.position() - 1) + "].code", row.code(),
                        "the code appears twice in this table"));
            }
        }
        for (ValidatedRow row : rows) {
            Optional<String> parent = switch (row.kind()) {
                case FUNCTIONAL -> FunctionalCode.parent(row.code());
                case ECONOMIC -> EconomicCode.parent(row.code());
                default -> Optional.empty();
            };
            if (parent.isPresent() && !codes.contains(parent.get())) {
                violations.add(new FieldViolation(prefix + "rows[" + (row.position() - 1) + "].code", row.code(),
                        "its parent " + parent.get() + " is not in this table"));
            }
        }
    }
}
