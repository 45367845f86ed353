package gov.budget.ledger.department.rest;

import java.time.Instant;
import java.util.List;

/** A department with its 单位 in published order. */
public record DepartmentView(String code, String name, List<SubUnitView> subUnits, Instant createdAt) {
}
