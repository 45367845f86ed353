package gov.budget.outbox.metrics;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A gauge's reading of the database, read again only once it is older than its age limit. Gauges
 * are read at every scrape, and some count rows: with a scrape every 200 ms, counting a province's
 * findings and a busy outbox took a sixth of the database's time in the throughput benchmark.
 *
 * @param <T> what one reading holds, several gauges' values at once if one statement gives them
 */
public final class RecentReading<T> {

    private final Supplier<T> read;
    private final long maxAgeNanos;
    private final LongSupplier clock;
    private T value;
    private long readAt;

    public RecentReading(Supplier<T> read, Duration maxAge) {
        this(read, maxAge, System::nanoTime);
    }

    RecentReading(Supplier<T> read, Duration maxAge, LongSupplier clock) {
        this.read = read;
        this.maxAgeNanos = maxAge.toNanos();
        this.clock = clock;
    }

    /** The last reading, or a new one when there is none yet or it is older than the limit. */
    public synchronized T get() {
        long now = clock.getAsLong();
        if (value == null || now - readAt >= maxAgeNanos) {
            value = read.get();
            readAt = now;
        }
        return value;
    }
}
