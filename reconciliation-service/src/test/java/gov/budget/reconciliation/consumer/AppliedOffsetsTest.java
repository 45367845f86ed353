package gov.budget.reconciliation.consumer;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A consumer thread's offsets reach the group without the thread waiting for them, and what it
 * applied is committed at once when it stops or gives partitions up. On a topic and group of the
 * test's own, so that the service's consumers do not read them.
 */
@QuarkusTest
class AppliedOffsetsTest {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private final String topic = "test.applied-offsets." + System.nanoTime();
    private final String group = "applied-offsets-" + System.nanoTime();

    @Test
    void anAppliedBatchsOffsetsReachTheGroupAndAStopOrARevocationCommitsWhatWasApplied() throws Exception {
        try (Admin admin = Admin.create(kafkaConfig); KafkaProducer<String, String> producer = EventProducers.of(kafkaConfig);
             KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(consumerProperties())) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
            send(producer, 5);
            kafka.subscribe(List.of(topic));
            AppliedOffsets applied = new AppliedOffsets(kafka);

            applied.commit(pollAtLeast(kafka, 5));
            // committed in the background: the thread polls on meanwhile, as the consumer does
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                kafka.poll(Duration.ofMillis(10));
                return committedTotal(admin) == 5;
            });

            send(producer, 3);
            ConsumerRecords<String, byte[]> more = pollAtLeast(kafka, 3);
            applied.commit(more);
            applied.commitAll();
            assertEquals(8, committedTotal(admin), "committed when commitAll returns, without another poll");

            send(producer, 2);
            ConsumerRecords<String, byte[]> last = pollAtLeast(kafka, 2);
            applied.commit(last);
            Set<TopicPartition> revoked = last.partitions();
            applied.commitRevoked(revoked);
            assertEquals(10, committedTotal(admin), "committed when commitRevoked returns");
            admin.deleteTopics(List.of(topic)).all().get();
        }
    }

    private void send(KafkaProducer<String, String> producer, int records) throws Exception {
        for (int i = 0; i < records; i++) {
            producer.send(new ProducerRecord<>(topic, "key-" + i, "{}")).get();
        }
    }

    /** The next {@code count} records, over as many polls as they take, as one batch. */
    private static ConsumerRecords<String, byte[]> pollAtLeast(KafkaConsumer<String, byte[]> kafka, int count) {
        Map<TopicPartition, List<ConsumerRecord<String, byte[]>>> batch = new HashMap<>();
        int read = 0;
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (read < count && System.nanoTime() < until) {
            for (ConsumerRecord<String, byte[]> record : kafka.poll(Duration.ofMillis(200))) {
                batch.computeIfAbsent(new TopicPartition(record.topic(), record.partition()), p -> new ArrayList<>()).add(record);
                read++;
            }
        }
        assertEquals(count, read, "records read");
        return new ConsumerRecords<>(batch, Map.of());
    }

    private long committedTotal(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        return offsets.values().stream().mapToLong(OffsetAndMetadata::offset).sum();
    }

    private Map<String, Object> consumerProperties() {
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return props;
    }
}
