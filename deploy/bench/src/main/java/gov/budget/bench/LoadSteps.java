package gov.budget.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The wall time a load spends in each of its steps, summed over its chunks, so that a slow load
 * names the service it waited for.
 */
final class LoadSteps {

    private final Map<String, Long> nanos = new LinkedHashMap<>();

    /** Runs one step and adds its wall time to the step's total. */
    void time(String step, Runnable work) {
        long start = System.nanoTime();
        work.run();
        nanos.merge(step, System.nanoTime() - start, Long::sum);
    }

    /** Each step's seconds, in the order the steps first ran. */
    @Override
    public String toString() {
        StringJoiner steps = new StringJoiner(", ");
        nanos.forEach((step, total) -> steps.add(String.format(Locale.ROOT, "%s %.0f s", step, total / 1e9)));
        return steps.toString();
    }
}
