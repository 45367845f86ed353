package gov.budget.ledger.template;

import gov.budget.contracts.ledger.RowKind;
import gov.budget.contracts.problem.FieldViolation;
import gov.budget.contracts.template.ColumnTemplate;
import gov.budget.contracts.template.RegionTemplate;
import gov.budget.contracts.template.TableTemplate;
import gov.budget.web.BudgetKeys;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a template must be before budgets can be written under it: an id, a region, a version and
 * a first year; tables numbered once each, each with a title, a unit (元 or 万元), the kinds of row it
 * takes and its columns, each column with a code and a label. Every violation is reported at once.
 */
final class TemplateValidator {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Pattern COLUMN_CODE = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Set<String> UNITS = Set.of("元", "万元");

    private TemplateValidator() {
    }

    static void check(RegionTemplate template, List<FieldViolation> violations) {
        if (template.id() == null || !ID.matcher(template.id()).matches()) {
            violations.add(new FieldViolation("id", template.id(), "an id is lower-case letters, digits and -, at most 64, such as zhejiang-2025"));
        }
        text("region", template.region(), 100, violations);
        text("version", template.version(), 32, violations);
        if (template.fromYear() == null || template.fromYear() < BudgetKeys.FIRST_FISCAL_YEAR || template.fromYear() > BudgetKeys.LAST_FISCAL_YEAR) {
            violations.add(new FieldViolation("fromYear", String.valueOf(template.fromYear()), "the first fiscal year it covers is required, "
                    + BudgetKeys.FIRST_FISCAL_YEAR + " to " + BudgetKeys.LAST_FISCAL_YEAR));
        } else if (template.toYear() != null && template.toYear() < template.fromYear()) {
            violations.add(new FieldViolation("toYear", String.valueOf(template.toYear()), "the last year is not before fromYear " + template.fromYear()));
        }
        if (template.tables() == null || template.tables().isEmpty()) {
            violations.add(new FieldViolation("tables", null, "a template has at least one table"));
            return;
        }
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < template.tables().size(); i++) {
            TableTemplate table = template.tables().get(i);
            String at = "tables[" + i + "]";
            if (table == null) {
                violations.add(new FieldViolation(at, null, "a table cannot be null"));
                continue;
            }
            if (table.number() < 1 || table.number() > 99 || !numbers.add(table.number())) {
                violations.add(new FieldViolation(at + ".number", String.valueOf(table.number()), "a table number is 1 to 99, once each"));
            }
            text(at + ".title", table.title(), 200, violations);
            if (table.unit() == null || !UNITS.contains(table.unit())) {
                violations.add(new FieldViolation(at + ".unit", table.unit(), "a table's unit is 元 or 万元"));
            }
            if (table.rowKinds() == null || table.rowKinds().isEmpty() || table.rowKinds().contains(null)) {
                violations.add(new FieldViolation(at + ".rowKinds", null, "the kinds of row the table takes, of " + List.of(RowKind.values())));
            }
            columns(table, at, violations);
        }
    }

    private static void columns(TableTemplate table, String at, List<FieldViolation> violations) {
        if (table.columns() == null || table.columns().isEmpty()) {
            violations.add(new FieldViolation(at + ".columns", null, "a table has at least one column"));
            return;
        }
        Set<String> codes = new HashSet<>();
        for (int c = 0; c < table.columns().size(); c++) {
            ColumnTemplate column = table.columns().get(c);
            String field = at + ".columns[" + c + "]";
            if (column == null) {
                violations.add(new FieldViolation(field, null, "a column cannot be null"));
                continue;
            }
            if (column.code() == null || !COLUMN_CODE.matcher(column.code()).matches() || !codes.add(column.code())) {
                violations.add(new FieldViolation(field + ".code", column.code(),
                        "a column code is lower-case letters, digits and _, once per table, such as general_public"));
            }
            text(field + ".label", column.label(), 100, violations);
        }
    }

    private static void text(String field, String value, int max, List<FieldViolation> violations) {
        if (value == null || value.isBlank() || value.length() > max) {
            violations.add(new FieldViolation(field, value, "1 to " + max + " characters are required"));
        }
    }
}
