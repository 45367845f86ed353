package gov.budget.reconciliation.source;

/** What a full run's comparison of projected rows with a service's snapshot found and repaired. */
public record Tally(int missing, int stale, int extra) {

    public static final Tally NONE = new Tally(0, 0, 0);

    public Tally plus(Tally other) {
        return new Tally(missing + other.missing, stale + other.stale, extra + other.extra);
    }
}
