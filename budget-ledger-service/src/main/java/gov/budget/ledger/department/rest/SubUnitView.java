package gov.budget.ledger.department.rest;

/** One 单位 of a department, as the API shows it. */
public record SubUnitView(String name, String nature, String grade, String fundingForm) {
}
