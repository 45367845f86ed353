package gov.budget.ledger.department.rest;

import gov.budget.web.BudgetKeys;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A department to create.
 *
 * @param code     the department code, for example {@code 323}
 * @param name     the department's name
 * @param subUnits its 单位, in published order; may be empty
 */
public record DepartmentRequest(@Schema(required = true, pattern = BudgetKeys.DEPT_CODE_PATTERN) String code,
                                @Schema(required = true, maxLength = 200, pattern = "\\S") String name,
                                List<SubUnitRequest> subUnits) {
}
