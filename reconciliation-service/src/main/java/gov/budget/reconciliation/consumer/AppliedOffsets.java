package gov.budget.reconciliation.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The offsets one consumer thread has applied, committed to the group without waiting for the
 * broker: a synchronous commit held the thread for the group coordinator's write, at least its
 * 5 ms linger ({@code group.coordinator.append.linger.ms}), a tenth of a consumer thread's time
 * in the throughput benchmark. A commit that fails or is lost in a crash costs nothing but a
 * re-read: the events after the last committed offset come again, and their versions are not above
 * the projected ones, so they are stale. Before partitions go to another instance, and when the
 * thread stops, the applied offsets are committed synchronously, so that the next owner does not
 * read them again.
 */
final class AppliedOffsets {

    private static final Logger LOG = Logger.getLogger(AppliedOffsets.class);

    private final KafkaConsumer<String, byte[]> kafka;
    /** The next offset to read of each partition this thread applied a batch of. */
    private final Map<TopicPartition, OffsetAndMetadata> applied = new HashMap<>();

    AppliedOffsets(KafkaConsumer<String, byte[]> kafka) {
        this.kafka = kafka;
    }

    /** Commits a batch whose transaction committed, without waiting for the broker's answer. */
    void commit(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> inPartition = records.records(partition);
            next.put(partition, new OffsetAndMetadata(inPartition.get(inPartition.size() - 1).offset() + 1));
        }
        applied.putAll(next);
        kafka.commitAsync(next, (offsets, failure) -> {
            if (failure != null) {
                // a later batch's commit, or the one at a rebalance or stop, covers these offsets
                LOG.infof("offsets %s not committed (%s); a later commit covers them", offsets, failure.getMessage());
            }
        });
    }

    /** Commits what was applied of partitions about to go to another instance, and forgets them. */
    void commitRevoked(Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> revoked = new HashMap<>();
        partitions.forEach(partition -> {
            OffsetAndMetadata next = applied.remove(partition);
            if (next != null) {
                revoked.put(partition, next);
            }
        });
        commitNow(revoked);
    }

    /** Forgets partitions lost without a rebalance: their offsets can no longer be committed by this instance. */
    void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(applied::remove);
    }

    /** Commits everything applied, waiting for the broker: when the thread stops. */
    void commitAll() {
        commitNow(new HashMap<>(applied));
    }

    private void commitNow(Map<TopicPartition, OffsetAndMetadata> offsets) {
        if (offsets.isEmpty()) {
            return;
        }
        try {
            try {
                kafka.commitSync(offsets);
            } catch (WakeupException e) {
                // the stop's wake-up, meant for a poll that did not come: the commit itself is still wanted
                kafka.commitSync(offsets);
            }
        } catch (KafkaException e) {
            // the events after the last committed offsets are read again, and are stale then
            LOG.warnf("offsets %s not committed (%s); their events will be read again and found stale", offsets, e.getMessage());
        }
    }
}
