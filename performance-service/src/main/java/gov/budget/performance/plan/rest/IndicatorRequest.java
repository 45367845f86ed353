package gov.budget.performance.plan.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One indicator of a sheet.
 *
 * @param level1 一级指标: 产出指标, 效益指标 or 满意度指标
 * @param level2 二级指标, such as 数量指标 or 成本指标
 * @param level3 三级指标, its name
 * @param value  指标值 as printed, such as ≥90% or 比上年提升
 * @param basis  指标值确定依据
 */
public record IndicatorRequest(@Schema(required = true, pattern = "\\S") String level1,
                               @Schema(required = true, pattern = "\\S") String level2,
                               @Schema(required = true, pattern = "\\S") String level3,
                               String description,
                               @Schema(required = true, pattern = "\\S") String value,
                               String basis) {
}
