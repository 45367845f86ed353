package gov.budget.procurement.line.rest;

import gov.budget.contracts.procurement.FundAmounts;
import gov.budget.procurement.line.ProcurementCategory;
import gov.budget.procurement.line.ProcurementLine;

import java.math.BigDecimal;

/** One stored procurement line; {@code version} is also its ETag. */
public record ProcurementLineView(long id, int position, String unit, String projectName, String projectCode,
                                  boolean basicExpenditure, BigDecimal projectBudget, String itemName, String catalogCode,
                                  ProcurementCategory category, String measureUnit, BigDecimal quantity, BigDecimal unitPrice,
                                  FundAmounts amounts, BigDecimal smeShare, long version) {

    public static ProcurementLineView of(ProcurementLine line) {
        return new ProcurementLineView(line.id, line.position, line.unit, line.projectName, line.projectCode,
                line.basicExpenditure, line.projectBudget, line.itemName, line.catalogCode, line.category, line.measureUnit,
                line.quantityAsPublished(),
                line.unitPrice, line.amounts.amounts(), line.smeShare, line.version);
    }
}
