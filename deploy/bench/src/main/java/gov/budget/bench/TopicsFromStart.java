package gov.budget.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Reads topics from their beginning to where they ended when it was created, with a plain consumer
 * outside any group: what the raw limits of benchmark 3 read.
 */
final class TopicsFromStart implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<TopicPartition> partitions = new ArrayList<>();
    private final Map<TopicPartition, Long> end;

    TopicsFromStart(String bootstrap, List<String> topics) {
        consumer = plainConsumer(bootstrap);
        for (String topic : topics) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        end = consumer.endOffsets(partitions);
    }

    /** A consumer of string keys and values that commits nothing. */
    static KafkaConsumer<String, String> plainConsumer(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(props);
    }

    /** Whether a partition has records left before its end. */
    boolean hasMore() {
        return partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p));
    }

    /** The next records, possibly none. */
    List<ConsumerRecord<String, String>> poll() {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        return records;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
