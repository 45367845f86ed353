package gov.budget.reconciliation.source;

import gov.budget.reconciliation.projection.ProjectedVersion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Where projected rows and an owning service's snapshot of them differ, by aggregate id and version:
 * the snapshot's rows the projection lacks, those it holds at an older version, and the live projected
 * rows the snapshot no longer has. A projected row that arrived after the run started is newer than
 * the snapshot, not extra.
 *
 * @param <S> a snapshot row
 */
public record Drift<S>(List<S> missing, List<S> stale, List<String> extra) {

    /** How a snapshot row is keyed and versioned. */
    public record Keys<S>(Function<S, String> aggregateId, ToLongFunction<S> version, Predicate<S> deleted) {
    }

    public static <S> Drift<S> between(List<S> snapshot, Keys<S> keys, List<ProjectedVersion> projected, Instant runStartedAt) {
        Map<String, ProjectedVersion> left = new HashMap<>();
        projected.forEach(v -> left.put(v.aggregateId(), v));
        List<S> missing = new ArrayList<>();
        List<S> stale = new ArrayList<>();
        for (S row : snapshot) {
            ProjectedVersion stored = left.remove(keys.aggregateId().apply(row));
            if (stored == null) {
                if (!keys.deleted().test(row)) {
                    missing.add(row);
                }
            } else if (stored.version() < keys.version().applyAsLong(row)) {
                stale.add(row);
            }
        }
        List<String> extra = left.values().stream()
                .filter(v -> !v.deleted() && v.occurredAt().isBefore(runStartedAt))
                .map(ProjectedVersion::aggregateId)
                .toList();
        return new Drift<>(missing, stale, extra);
    }

    public boolean none() {
        return missing.isEmpty() && stale.isEmpty() && extra.isEmpty();
    }

    public Tally tally() {
        return new Tally(missing.size(), stale.size(), extra.size());
    }
}
