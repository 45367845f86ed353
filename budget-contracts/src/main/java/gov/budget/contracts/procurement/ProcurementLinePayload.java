package gov.budget.contracts.procurement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * The full state of one procurement line, as carried by a {@code ProcurementLineChanged} event and
 * by the procurement snapshot.
 *
 * @param lineId            the line's id in the procurement service, stable for its life
 * @param position          its order in the published table, from 1
 * @param unit              the sub-unit (单位) it belongs to
 * @param basicExpenditure  true for lines under 日常公用经费 and other basic expenditure, not a project
 * @param projectBudget     the source project's stated 预算资金
 * @param catalogCode       政府采购目录序号: A, B or C and 8 digits
 * @param category          GOODS (A), WORKS (B) or SERVICES (C)
 * @param smeShare          预留中小微企业份额
 * @param deleted           true when the line was removed; then only the key fields are meaningful
 */
public record ProcurementLinePayload(long lineId,
                                     int position,
                                     @Schema(nullable = true) String unit,
                                     @Schema(nullable = true) String projectName,
                                     @Schema(nullable = true) String projectCode,
                                     boolean basicExpenditure,
                                     @Schema(nullable = true) BigDecimal projectBudget,
                                     @Schema(nullable = true) String itemName,
                                     @Schema(nullable = true) String catalogCode,
                                     @Schema(nullable = true) String category,
                                     @Schema(nullable = true) String measureUnit,
                                     @Schema(nullable = true) BigDecimal quantity,
                                     @Schema(nullable = true) BigDecimal unitPrice,
                                     @Schema(nullable = true) FundAmounts amounts,
                                     @Schema(nullable = true) BigDecimal smeShare,
                                     boolean deleted) {

    public static final String AGGREGATE_TYPE = "ProcurementLine";
    public static final String EVENT_TYPE = "ProcurementLineChanged";

    /** The stable aggregate id of a line: {@code deptCode:fiscalYear:lineId}. */
    public static String aggregateId(String deptCode, int fiscalYear, long lineId) {
        return deptCode + ":" + fiscalYear + ":" + lineId;
    }
}
