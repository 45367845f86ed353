package gov.budget.web.problem;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds what caused a failure: the driver's error is often several wrappers deep (the pool's, the
 * ORM's, the transaction's), and a commit that failed keeps it among its suppressed exceptions.
 */
final class Causes {

    private Causes() {
    }

    /** The first of the failure, its suppressed exceptions and its causes, in that order, that {@code matches}; or null. */
    static Throwable first(Throwable failure, Predicate<Throwable> matches) {
        return first(failure, matches, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Throwable first(Throwable failure, Predicate<Throwable> matches, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return null;
        }
        if (matches.test(failure)) {
            return failure;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            Throwable found = first(suppressed, matches, seen);
            if (found != null) {
                return found;
            }
        }
        return first(failure.getCause(), matches, seen);
    }
}
