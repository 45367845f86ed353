package gov.budget.ledger.department.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One 单位 of a department, as the API shows it. */
public record SubUnitView(String name,
                          @Schema(nullable = true) String nature,
                          @Schema(nullable = true) String grade,
                          @Schema(nullable = true) String fundingForm) {
}
