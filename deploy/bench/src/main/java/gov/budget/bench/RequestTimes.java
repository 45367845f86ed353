package gov.budget.bench;

import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The time the loader's clients spent in each kind of request, summed over the clients: where a
 * step sends several services' requests budget by budget, the shares name the service it waited for.
 */
final class RequestTimes {

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    /** The kinds in the order they were first timed. */
    private final Map<String, Long> order = new ConcurrentHashMap<>();

    /** Sends one request and adds its time to its kind's total. */
    void time(String kind, Runnable request) {
        long start = System.nanoTime();
        try {
            request.run();
        } finally {
            nanos.computeIfAbsent(kind, k -> new LongAdder()).add(System.nanoTime() - start);
            // after its total exists, so that every kind listed has one
            order.putIfAbsent(kind, start);
        }
    }

    /** Each kind's share of the summed request time, in the order the kinds were first timed. */
    @Override
    public String toString() {
        double total = nanos.values().stream().mapToLong(LongAdder::sum).sum();
        StringJoiner shares = new StringJoiner(", ");
        order.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(kind -> shares.add(String.format(Locale.ROOT,
                "%s %.0f%%", kind.getKey(), total == 0 ? 0 : 100 * nanos.get(kind.getKey()).sum() / total)));
        return shares.toString();
    }
}
