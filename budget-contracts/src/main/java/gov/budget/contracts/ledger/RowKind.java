package gov.budget.contracts.ledger;

/** The kinds of row a ledger table can take. */
public enum RowKind {
    /** A named item row, such as 一般公共预算拨款收入 in table 1; keyed by an item key. */
    ITEM,
    /** A functional classification code (支出功能分类科目): 3, 5 or 7 digits. */
    FUNCTIONAL,
    /** An economic classification code (支出经济分类科目): 3 or 5 digits. */
    ECONOMIC,
    /** The table's 合计 row. */
    TOTAL
}
