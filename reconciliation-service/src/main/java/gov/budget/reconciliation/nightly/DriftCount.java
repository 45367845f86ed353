package gov.budget.reconciliation.nightly;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The drift a run found in one service's projection, and repaired. */
@Embeddable
public class DriftCount {

    @Column(nullable = false)
    public String service;

    /** Rows the service has that the projection lacked: a lost event. */
    @Column(nullable = false)
    public int missing;

    /** Rows the projection held at an older version than the service: a late or lost event. */
    @Column(nullable = false)
    public int stale;

    /** Live rows the projection held that the service does not have. */
    @Column(nullable = false)
    public int extra;

    /** True when the service's snapshot could not be read; its projection was left as it was. */
    @Column(nullable = false)
    public boolean unavailable;

    public int total() {
        return missing + stale + extra;
    }
}
