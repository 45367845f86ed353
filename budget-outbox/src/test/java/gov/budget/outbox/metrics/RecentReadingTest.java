package gov.budget.outbox.metrics;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecentReadingTest {

    @Test
    void readsOnceWithinTheAgeLimitAndAgainAfterIt() {
        AtomicLong clock = new AtomicLong(1_000);
        AtomicInteger reads = new AtomicInteger();
        RecentReading<Integer> reading = new RecentReading<>(reads::incrementAndGet, Duration.ofSeconds(5), clock::get);

        assertEquals(1, reading.get());
        clock.addAndGet(Duration.ofMillis(4_999).toNanos());
        assertEquals(1, reading.get(), "a reading younger than 5 s is given again");
        clock.addAndGet(Duration.ofMillis(1).toNanos());
        assertEquals(2, reading.get(), "at 5 s the database is read again");
        assertEquals(2, reading.get());
        assertEquals(2, reads.get());
    }
}
