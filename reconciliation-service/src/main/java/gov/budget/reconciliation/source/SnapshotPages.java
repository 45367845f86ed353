package gov.budget.reconciliation.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads every page of a service's snapshot endpoint, following its cursor until there is none. */
public final class SnapshotPages {

    /** A seed-sized budget fits in one page. */
    public static final int PAGE = 5000;

    private SnapshotPages() {
    }

    /**
     * @param page  one page, from a cursor (null for the first)
     * @param items a page's items
     * @param next  a page's cursor to the next one, or null after the last
     */
    public static <P, T> List<T> all(Function<String, P> page, Function<P, List<T>> items, Function<P, String> next) {
        List<T> all = new ArrayList<>();
        String cursor = null;
        do {
            P read = page.apply(cursor);
            all.addAll(items.apply(read));
            cursor = next.apply(read);
        } while (cursor != null);
        return all;
    }
}
