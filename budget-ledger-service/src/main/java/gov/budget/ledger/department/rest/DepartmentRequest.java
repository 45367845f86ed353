package gov.budget.ledger.department.rest;

import java.util.List;

/**
 * A department to create.
 *
 * @param code     the department code, for example {@code 323}
 * @param name     the department's name
 * @param subUnits its 单位, in published order; may be empty
 */
public record DepartmentRequest(String code, String name, List<SubUnitRequest> subUnits) {
}
