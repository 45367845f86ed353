package gov.budget.bench;

/** The finding an injected inconsistency must raise: its relation and where. */
record ExpectedFinding(String ruleId, String location, String description) {
}
