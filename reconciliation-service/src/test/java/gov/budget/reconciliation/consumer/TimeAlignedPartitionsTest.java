package gov.budget.reconciliation.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A backlog is read in about the order it was written: the partitions ahead in time wait. */
class TimeAlignedPartitionsTest {

    private static final TopicPartition LEDGER = new TopicPartition("budget.ledger.v1", 0);
    private static final TopicPartition ASSETS = new TopicPartition("budget.asset.v1", 0);
    private static final TopicPartition SHEETS = new TopicPartition("budget.performance.v1", 0);

    private final TimeAlignedPartitions pacing = new TimeAlignedPartitions(Duration.ofSeconds(1));

    @Test
    void aPartitionMoreThanTheSkewAheadOfTheOneFurthestBehindWaits() {
        read(Map.of(LEDGER, 10_000L, ASSETS, 11_000L, SHEETS, 11_001L));

        assertEquals(Set.of(SHEETS), pacing.ahead(List.of(LEDGER, ASSETS, SHEETS), lagging()));
    }

    @Test
    void aPartitionWithNothingLeftToReadHoldsNoneBack() {
        read(Map.of(LEDGER, 10_000L, ASSETS, 60_000L, SHEETS, 61_500L));

        assertEquals(Set.of(SHEETS), pacing.ahead(List.of(LEDGER, ASSETS, SHEETS), p -> OptionalLong.of(p.equals(LEDGER) ? 0 : 500)));
    }

    @Test
    void aLaggingPartitionNotReadYetHoldsBackEveryPartitionRead() {
        read(Map.of(LEDGER, 10_000L, ASSETS, 10_000L));

        assertEquals(Set.of(LEDGER, ASSETS), pacing.ahead(List.of(LEDGER, ASSETS, SHEETS), p -> p.equals(SHEETS) ? OptionalLong.empty() : OptionalLong.of(500)));
    }

    @Test
    void nothingWaitsOnceNoPartitionLags() {
        read(Map.of(LEDGER, 10_000L, ASSETS, 90_000L));

        assertEquals(Set.of(), pacing.ahead(List.of(LEDGER, ASSETS), p -> OptionalLong.of(0)));
    }

    @Test
    void aForgottenPartitionIsFurthestBehindUntilReadAgain() {
        read(Map.of(LEDGER, 10_000L, ASSETS, 10_500L));
        pacing.forget(List.of(LEDGER));

        assertEquals(Set.of(ASSETS), pacing.ahead(List.of(LEDGER, ASSETS), lagging()));
    }

    @Test
    void theConsumerPausesWhatIsAheadWhileBehindAndResumesItOnceCaughtUpOrStalled() {
        MockConsumer<String, byte[]> kafka = new MockConsumer<>("earliest");
        kafka.assign(List.of(LEDGER, ASSETS));
        kafka.updateBeginningOffsets(Map.of(LEDGER, 0L, ASSETS, 0L));
        kafka.updateEndOffsets(Map.of(LEDGER, 100L, ASSETS, 100L));
        kafka.addRecord(record(LEDGER, 0, 10_000L));
        kafka.addRecord(record(ASSETS, 0, 50_000L));
        pacing.read(kafka.poll(Duration.ZERO));

        pacing.pace(kafka, true);
        assertEquals(Set.of(ASSETS), kafka.paused());

        pacing.pace(kafka, false);
        assertEquals(Set.of(), kafka.paused());

        pacing.pace(kafka, true);
        assertEquals(Set.of(ASSETS), kafka.paused());
        // polls that bring nothing: the ledger lags but yields no records, so the assets go on
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).until(() -> {
            pacing.idle(kafka);
            return kafka.paused().isEmpty();
        });
    }

    private void read(Map<TopicPartition, Long> lastTimestamps) {
        Map<TopicPartition, List<ConsumerRecord<String, byte[]>>> records = new HashMap<>();
        lastTimestamps.forEach((partition, timestamp) -> records.put(partition,
                List.of(record(partition, 0, timestamp - 5_000), record(partition, 1, timestamp))));
        pacing.read(new ConsumerRecords<>(records, Map.of()));
    }

    private static Function<TopicPartition, OptionalLong> lagging() {
        return partition -> OptionalLong.of(500);
    }

    private static ConsumerRecord<String, byte[]> record(TopicPartition partition, long offset, long timestamp) {
        return new ConsumerRecord<>(partition.topic(), partition.partition(), offset, timestamp,
                TimestampType.CREATE_TIME, 0, 0, "323:2024", "{}".getBytes(StandardCharsets.UTF_8),
                new RecordHeaders(), Optional.empty());
    }
}
