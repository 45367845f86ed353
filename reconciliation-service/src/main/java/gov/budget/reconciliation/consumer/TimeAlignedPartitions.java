package gov.budget.reconciliation.consumer;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a backlog in the order it was written across one consumer's partitions, as Kafka Streams
 * does across a task's partitions: while the consumer is behind, a partition whose last record read
 * is more than {@code skew} newer than the last read of the partition furthest behind (of those with
 * records still to read) is paused until that one catches up. The owning services publish a budget's
 * ledger, sheets, procurement lines and register within moments of each other, but their topics
 * differ in size by up to an order of magnitude, and a consumer fetches by bytes: unpaced, it read
 * the procurement topic several times as far as the ledger, and judged thousands of department-years
 * on parts that never stood together (R28's missing tables above all), only to judge them again once
 * the rest came. Once caught up, nothing is paused.
 *
 * <p>One instance per consumer thread; not thread-safe.
 */
final class TimeAlignedPartitions {

    /**
     * How long polls may bring nothing while partitions are paused before they are all resumed, so
     * that a partition that lags but yields no records cannot hold the others up. Longer than a
     * fetch's round trip, which alone can outlast a short poll.
     */
    private static final Duration STALL = Duration.ofMillis(200);

    private final long skewMillis;
    /** The timestamp of the last record read from each partition since it was assigned. */
    private final Map<TopicPartition, Long> lastRead = new HashMap<>();
    private long lastRecordsAt = System.nanoTime();

    TimeAlignedPartitions(Duration skew) {
        this.skewMillis = skew.toMillis();
    }

    /** Notes the time of each partition's last record in a poll. */
    void read(ConsumerRecords<?, ?> records) {
        lastRecordsAt = System.nanoTime();
        for (TopicPartition partition : records.partitions()) {
            List<? extends ConsumerRecord<?, ?>> inPartition = records.records(partition);
            lastRead.put(partition, inPartition.get(inPartition.size() - 1).timestamp());
        }
    }

    /** Pauses the partitions that are ahead while {@code behind}, and resumes every other one. */
    void pace(Consumer<?, ?> kafka, boolean behind) {
        Set<TopicPartition> ahead = behind ? ahead(kafka.assignment(), kafka::currentLag) : Set.of();
        Set<TopicPartition> toResume = new HashSet<>(kafka.paused());
        toResume.removeAll(ahead);
        if (!toResume.isEmpty()) {
            kafka.resume(toResume);
        }
        if (!ahead.isEmpty()) {
            kafka.pause(ahead);
        }
    }

    /** After a poll that brought nothing: resumes every partition once polls have brought nothing for {@link #STALL}. */
    void idle(Consumer<?, ?> kafka) {
        if (!kafka.paused().isEmpty() && System.nanoTime() - lastRecordsAt > STALL.toNanos()) {
            kafka.resume(kafka.paused());
        }
    }

    /**
     * The partitions read more than the skew past the one furthest behind. A partition with records
     * to read (its lag is above 0, or not known yet) that has not been read since its assignment is
     * furthest behind of all, so every partition already read waits for its first records.
     */
    Set<TopicPartition> ahead(Collection<TopicPartition> assigned, Function<TopicPartition, OptionalLong> lag) {
        boolean lagging = false;
        long furthestBehind = Long.MAX_VALUE;
        for (TopicPartition partition : assigned) {
            OptionalLong left = lag.apply(partition);
            if (left.isPresent() && left.getAsLong() == 0) {
                continue;
            }
            lagging = true;
            Long last = lastRead.get(partition);
            furthestBehind = last == null ? Long.MIN_VALUE : Math.min(furthestBehind, last);
            if (last == null) {
                break;
            }
        }
        if (!lagging) {
            return Set.of();
        }
        Set<TopicPartition> ahead = new HashSet<>();
        for (TopicPartition partition : assigned) {
            Long last = lastRead.get(partition);
            // subtracting keeps Long.MIN_VALUE from overflowing
            if (last != null && last - skewMillis > furthestBehind) {
                ahead.add(partition);
            }
        }
        return ahead;
    }

    /** Forgets partitions given up in a rebalance; they come back unpaused and unread. */
    void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(lastRead::remove);
    }
}
