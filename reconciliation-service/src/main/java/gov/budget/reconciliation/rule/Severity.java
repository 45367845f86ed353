package gov.budget.reconciliation.rule;

/** How much a failed relation matters. */
public enum Severity {
    /** 强制性: blocks publication. */
    ERROR,
    /** 提示性: needs a written explanation. */
    WARNING,
    /** For information, such as a rounding residual (尾差) within tolerance. */
    INFO
}
