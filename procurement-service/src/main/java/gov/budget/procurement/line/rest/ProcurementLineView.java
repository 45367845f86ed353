package gov.budget.procurement.line.rest;

import gov.budget.contracts.procurement.FundAmounts;
import gov.budget.procurement.line.ProcurementCategory;
import gov.budget.procurement.line.ProcurementLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** One stored procurement line; {@code version} is also its ETag. */
public record ProcurementLineView(long id,
                                  int position,
                                  String unit,
                                  String projectName,
                                  @Schema(nullable = true) String projectCode,
                                  boolean basicExpenditure,
                                  @Schema(nullable = true) BigDecimal projectBudget,
                                  String itemName,
                                  String catalogCode,
                                  ProcurementCategory category,
                                  String measureUnit,
                                  BigDecimal quantity,
                                  @Schema(nullable = true) BigDecimal unitPrice,
                                  FundAmounts amounts,
                                  @Schema(nullable = true) BigDecimal smeShare,
                                  long version) {

    public static ProcurementLineView of(ProcurementLine line) {
        return new ProcurementLineView(line.id, line.position, line.unit, line.projectName, line.projectCode,
                line.basicExpenditure, line.projectBudget, line.itemName, line.catalogCode, line.category, line.measureUnit,
                line.quantityAsPublished(),
                line.unitPrice, line.amounts.amounts(), line.smeShare, line.version);
    }
}
