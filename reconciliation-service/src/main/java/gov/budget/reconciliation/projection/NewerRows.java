package gov.budget.reconciliation.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** The rows of a batch that a versioned projection takes: per key the highest version, if above the stored one. */
final class NewerRows {

    private NewerRows() {
    }

    /** Per key the row with the highest version, in the order the keys first appear. */
    static <R> Map<String, R> newestByKey(Collection<R> rows, Function<R, String> key, ToLongFunction<R> version) {
        Map<String, R> newest = new LinkedHashMap<>();
        for (R row : rows) {
            newest.merge(key.apply(row), row, (a, b) -> version.applyAsLong(b) > version.applyAsLong(a) ? b : a);
        }
        return newest;
    }

    static <R> List<R> above(Map<String, R> newest, Map<String, Long> stored, ToLongFunction<R> version) {
        List<R> newer = new ArrayList<>();
        newest.forEach((key, row) -> {
            Long current = stored.get(key);
            if (current == null || version.applyAsLong(row) > current) {
                newer.add(row);
            }
        });
        return newer;
    }
}
