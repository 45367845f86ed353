package gov.budget.ledger.department.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One 单位 of a department.
 *
 * @param name        单位名称, required
 * @param nature      单位性质, for example 行政 or 事业
 * @param grade       单位规格, for example 正科级
 * @param fundingForm 经费保障形式, for example 财政拨款
 */
public record SubUnitRequest(@Schema(required = true, maxLength = 200, pattern = "\\S") String name,
                             @Schema(maxLength = 50) String nature,
                             @Schema(maxLength = 50) String grade,
                             @Schema(maxLength = 100) String fundingForm) {
}
