package gov.budget.outbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The relay's thread outlives a failed round, whatever failed, and says when it is gone; a commit wakes it once. */
class OutboxRelayTest {

    /** How long a relay that was woken may take to read; and how long one that was not is watched. */
    private static final Duration WAKE = Duration.ofSeconds(10);
    private static final Duration QUIET = Duration.ofMillis(500);

    private final OutboxRelay relay = new OutboxRelay();

    @AfterEach
    void stopRelay() {
        relay.stop(null);
    }

    @Test
    void anOutOfMemoryErrorInOneRoundDoesNotEndTheRelay() throws InterruptedException {
        RoundsThatFailFirst rounds = new RoundsThatFailFirst(new OutOfMemoryError("Java heap space"));
        useOutbox(rounds);

        relay.start(null);

        assertTrue(rounds.readSucceeded.await(10, TimeUnit.SECONDS), "the relay read the outbox again after the round that failed");
        assertTrue(relay.alive());
    }

    @Test
    void aRelayThatLostItsThreadIsNotAlive() throws InterruptedException {
        RoundsThatFailFirst rounds = new RoundsThatFailFirst(null);
        useOutbox(rounds);
        relay.start(null);
        assertTrue(rounds.readSucceeded.await(10, TimeUnit.SECONDS));

        Thread relayThread = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("outbox-relay")).findFirst().orElseThrow();
        relayThread.interrupt();
        relayThread.join(Duration.ofSeconds(10).toMillis());

        assertFalse(relay.alive());
        relay.stop(null);
        assertTrue(relay.alive(), "a relay stopped at shutdown is not a failure");
        assertEquals(0, rounds.unexpected.get());
    }

    @Test
    void eachCommittedTransactionWakesTheRelayOnce() {
        CountedReads reads = new CountedReads();
        useOutbox(reads);
        // a poll interval far longer than the test: only a wake-up makes the relay read again
        relay.config = new OutboxSettings(true, 10, Duration.ofMinutes(5), Duration.ofMillis(20), Duration.ofMillis(50),
                Duration.ofDays(7), Duration.ofMinutes(10));
        relay.start(null);
        await("the relay reads the outbox as it starts").atMost(WAKE).until(() -> reads.count() >= 1);
        await("and then waits").during(QUIET).atMost(QUIET.plus(WAKE)).until(() -> reads.count() == 1);

        relay.onTransactionAppended(new OutboxTransactionAppended());
        await("a committed transaction wakes the relay").atMost(WAKE).until(() -> reads.count() >= 2);
        await("and only once").during(QUIET).atMost(QUIET.plus(WAKE)).until(() -> reads.count() == 2);

        relay.onTransactionAppended(new OutboxTransactionAppended());
        await("so does the next one").atMost(WAKE).until(() -> reads.count() >= 3);
    }

    private void useOutbox(OutboxRepository rounds) {
        relay.repository = rounds;
        relay.config = OutboxSettings.quick();
        relay.kafkaConfig = Map.of();
        relay.retention = new OutboxRetention();
        relay.retention.repository = rounds;
        relay.retention.config = relay.config;
    }

    /** An empty outbox that counts its reads. */
    private static final class CountedReads extends OutboxRepository {
        private final AtomicInteger reads = new AtomicInteger();

        int count() {
            return reads.get();
        }

        @Override
        public List<PendingEvent> nextPending(int limit) {
            reads.incrementAndGet();
            return List.of();
        }

        @Override
        public int deletePublishedWrittenBefore(Instant before, int limit) {
            return 0;
        }
    }

    /** An outbox whose first read fails with the given error (if any) and that is empty afterwards. */
    private static final class RoundsThatFailFirst extends OutboxRepository {
        final CountDownLatch readSucceeded = new CountDownLatch(1);
        final AtomicInteger unexpected = new AtomicInteger();
        private final AtomicInteger reads = new AtomicInteger();
        private final Error firstFailure;

        RoundsThatFailFirst(Error firstFailure) {
            this.firstFailure = firstFailure;
        }

        @Override
        public List<PendingEvent> nextPending(int limit) {
            if (reads.incrementAndGet() == 1 && firstFailure != null) {
                throw firstFailure;
            }
            readSucceeded.countDown();
            return List.of();
        }

        @Override
        public void markPublished(List<Long> ids) {
            unexpected.incrementAndGet();
        }

        @Override
        public int deletePublishedWrittenBefore(Instant before, int limit) {
            return 0;
        }
    }
}
