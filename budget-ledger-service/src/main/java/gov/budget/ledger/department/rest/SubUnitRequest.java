package gov.budget.ledger.department.rest;

/**
 * One 单位 of a department.
 *
 * @param name        单位名称, required
 * @param nature      单位性质, for example 行政 or 事业
 * @param grade       单位规格, for example 正科级
 * @param fundingForm 经费保障形式, for example 财政拨款
 */
public record SubUnitRequest(String name, String nature, String grade, String fundingForm) {
}
