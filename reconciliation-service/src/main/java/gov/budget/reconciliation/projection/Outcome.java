package gov.budget.reconciliation.projection;

/** What consuming an event did. */
public enum Outcome {
    /** It changed the projection. */
    APPLIED,
    /** Its version was not newer than the projection's: a repeat or a late event; the newer state stays. */
    STALE,
    /** No projection takes this kind of event. */
    IGNORED,
    /** It could not be read, and was set aside. */
    REJECTED
}
