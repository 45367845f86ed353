package gov.budget.ledger.line.service;

import gov.budget.contracts.code.EconomicCode;
import gov.budget.contracts.code.FunctionalCode;
import gov.budget.contracts.ledger.RowKind;
import gov.budget.contracts.problem.FieldViolation;
import gov.budget.contracts.template.ColumnTemplate;
import gov.budget.contracts.template.TableTemplate;
import gov.budget.ledger.line.rest.LedgerRowRequest;
import gov.budget.ledger.line.rest.LedgerTableRequest;
import gov.budget.ledger.problem.InvalidInputException;
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
    /** DECIMAL(20,2): 18 digits before the point. */
    private static final int MAX_INTEGER_DIGITS = 18;

    public List<ValidatedRow> validate(TableTemplate table, LedgerTableRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request == null || request.rows() == null) {
            throw InvalidInputException.of("rows", null, "rows is required; send an empty list to clear the table");
        }
        List<ValidatedRow> rows = new ArrayList<>();
        for (int i = 0; i < request.rows().size(); i++) {
            LedgerRowRequest row = request.rows().get(i);
            String at = "rows[" + i + "]";
            if (row == null) {
                violations.add(new FieldViolation(at, null, "a row cannot be null"));
                continue;
            }
            validateRow(table, row, at, i + 1, violations).ifPresent(rows::add);
        }
        checkUniqueAndParents(rows, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return rows;
    }

    private Optional<ValidatedRow> validateRow(TableTemplate table, LedgerRowRequest row, String at, int position,
                                               List<FieldViolation> violations) {
        int before = violations.size();
        RowKind kind = row.kind() != null ? row.kind() : table.codeKind().orElse(RowKind.ITEM);
        if (!table.accepts(kind)) {
            violations.add(new FieldViolation(at + ".kind", kind.name(), "table " + table.number() + " takes rows of kind " + table.rowKinds()));
        }
        String code = kind == RowKind.TOTAL ? ValidatedRow.TOTAL_CODE : row.code();
        checkCode(kind, code, at + ".code", violations);
        if (row.name() == null || row.name().isBlank()) {
            violations.add(new FieldViolation(at + ".name", row.name(), "name is required"));
        } else if (row.name().length() > 300) {
            violations.add(new FieldViolation(at + ".name", row.name(), "name is longer than 300 characters"));
        }
        Map<String, BigDecimal> amounts = orderedAmounts(table, row.amounts(), at + ".amounts", violations);
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
            if (amount.scale() > 2) {
                violations.add(new FieldViolation(field, amount.toPlainString(), "an amount has at most 2 decimals"));
            } else if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
                violations.add(new FieldViolation(field, amount.toPlainString(), "an amount has at most 18 digits before the point"));
            } else {
                ordered.put(column.code(), amount.setScale(2));
            }
        }
        return ordered;
    }

    /** Codes are unique within a table, and a 款 or 项 needs its parent in the same table. */
    private static void checkUniqueAndParents(List<ValidatedRow> rows, List<FieldViolation> violations) {
        Set<String> codes = new HashSet<>();
        for (ValidatedRow row : rows) {
            if (!codes.add(row.code())) {
                violations.add(new FieldViolation("rows[" + (row.position() - 1) + "].code", row.code(), "the code appears twice in this table"));
            }
        }
        for (ValidatedRow row : rows) {
            Optional<String> parent = switch (row.kind()) {
                case FUNCTIONAL -> FunctionalCode.parent(row.code());
                case ECONOMIC -> EconomicCode.parent(row.code());
                default -> Optional.empty();
            };
            if (parent.isPresent() && !codes.contains(parent.get())) {
                violations.add(new FieldViolation("rows[" + (row.position() - 1) + "].code", row.code(),
                        "its parent " + parent.get() + " is not in this table"));
            }
        }
    }
}
