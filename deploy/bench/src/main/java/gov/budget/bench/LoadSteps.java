package gov.budget.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.BiFunction;

/**
 * The time a load spends in each of its steps, summed over its chunks, so that a slow load names the
 * service it waited for. Clients may time their requests into one from several threads: the sum is
 * then of the clients' time, and its shares say which kind of request the step waited for.
 */
final class LoadSteps {

    /** Each step's nanoseconds, in the order the steps first ran. */
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    /** Runs one step and adds its time to the step's total. */
    void time(String step, Runnable work) {
        long start = System.nanoTime();
        try {
            work.run();
        } finally {
            long took = System.nanoTime() - start;
            synchronized (nanos) {
                nanos.merge(step, took, Long::sum);
            }
        }
    }

    /** Each step's seconds. */
    @Override
    public String toString() {
        return joined((step, total) -> String.format(Locale.ROOT, "%s %.0f s", step, total / 1e9));
    }

    /** Each step's share of the summed time. */
    String shares() {
        double sum;
        synchronized (nanos) {
            sum = nanos.values().stream().mapToLong(Long::longValue).sum();
        }
        return joined((step, total) -> String.format(Locale.ROOT, "%s %.0f%%", step, sum == 0 ? 0 : 100 * total / sum));
    }

    private String joined(BiFunction<String, Long, String> format) {
        StringJoiner steps = new StringJoiner(", ");
        synchronized (nanos) {
            nanos.forEach((step, total) -> steps.add(format.apply(step, total)));
        }
        return steps.toString();
    }
}
