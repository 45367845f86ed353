package gov.budget.reconciliation.projection;

import java.util.List;
import java.util.Map;

/**
 * What a set-based write did: the rows it wrote (the newest of each aggregate, where newer than the
 * stored one), and the versions stored before it, by key, from which each event's outcome follows.
 */
public record Written<R>(List<R> rows, Map<String, Long> storedBefore) {

    /** Whether an event of this version was newer than what was stored: applied, or else stale. */
    public boolean applied(String key, long version) {
        return version > storedBefore.getOrDefault(key, 0L);
    }
}
