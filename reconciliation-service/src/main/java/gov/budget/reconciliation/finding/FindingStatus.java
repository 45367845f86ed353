package gov.budget.reconciliation.finding;

/** Whether a finding still stands. */
public enum FindingStatus {
    /** The relation does not hold in the current data. */
    OPEN,
    /** The data was corrected; the finding is kept for its history. */
    RESOLVED
}
