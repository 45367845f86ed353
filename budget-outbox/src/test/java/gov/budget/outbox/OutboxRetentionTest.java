package gov.budget.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the relay deletes published rows past their retention: in chunks, while idle, at most once an interval. */
class OutboxRetentionTest {

    private static final Instant NOW = Instant.parse("2026-12-02T06:00:00Z");

    private final PublishedRows rows = new PublishedRows(12_000);
    private final OutboxRetention retention = new OutboxRetention();

    OutboxRetentionTest() {
        retention.repository = rows;
        retention.config = OutboxSettings.withRetention(Duration.ofDays(7), Duration.ofMinutes(10));
    }

    @Test
    void deletesEveryRowPastTheRetentionInChunks() {
        assertEquals(12_000, retention.purge(NOW, () -> true));
        assertEquals(List.of(NOW.minus(Duration.ofDays(7))), rows.cutoffs.stream().distinct().toList());
        assertEquals(List.of(OutboxRetention.CHUNK, OutboxRetention.CHUNK, OutboxRetention.CHUNK), rows.limits);
    }

    @Test
    void stopsAfterTheChunkDuringWhichWorkArrived() {
        assertEquals(OutboxRetention.CHUNK, retention.purge(NOW, () -> false));
        assertEquals(12_000 - OutboxRetention.CHUNK, rows.remaining);
    }

    @Test
    void purgesAtMostOnceAnInterval() {
        retention.purgeIfDue(NOW, () -> false);
        retention.purgeIfDue(NOW.plus(Duration.ofMinutes(9)), () -> false);
        assertEquals(1, rows.limits.size());

        retention.purgeIfDue(NOW.plus(Duration.ofMinutes(10)), () -> false);
        assertEquals(2, rows.limits.size());
    }

    /** An outbox with a number of rows past any cutoff. */
    private static final class PublishedRows extends OutboxRepository {
        final List<Instant> cutoffs = new ArrayList<>();
        final List<Integer> limits = new ArrayList<>();
        int remaining;

        PublishedRows(int remaining) {
            this.remaining = remaining;
        }

        @Override
        public int deletePublishedWrittenBefore(Instant before, int limit) {
            cutoffs.add(before);
            limits.add(limit);
            int deleted = Math.min(limit, remaining);
            remaining -= deleted;
            return deleted;
        }
    }
}
