package gov.budget.contracts.template;

/** How a region prints a classification code: {@code 2080101} in one column, or 208 | 01 | 01 in three (类/款/项). */
public enum CodeLayout {
    COMBINED,
    SPLIT
}
