package gov.budget.contracts.template;

/**
 * One amount column of a table.
 *
 * @param code  stable identifier used in the API, events and rules, for example {@code basic}
 * @param label the printed header, for example 基本支出
 */
public record ColumnTemplate(String code, String label) {
}
