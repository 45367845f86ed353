package gov.budget.web.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.budget.outbox.OutboxEvent;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.util.TypeLiteral;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static gov.budget.web.testing.Callers.asFinanceAdmin;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The broker stopped while a service takes writes: the writes succeed, their events wait in the
 * outbox, and once the broker is back every one reaches the topic, none lost and none changed. Shared by the owning
 * services' tests; the broker is stopped and started through {@code infra.sh}, as {@link LocalBroker} does.
 */
public final class BrokerOutage {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    private BrokerOutage() {
    }

    /**
     * Runs {@code writes} with the broker stopped, starts it again, and asserts that none of the
     * events they appended is lost: the outbox drains, and the topic holds every one of them and no
     * other event of {@code deptCode}. A send that timed out while the broker came back may have
     * reached it all the same and is sent again; such a repeat carries the same event id and
     * envelope, so consumers, which skip what they have applied, apply it once. That is asserted too.
     *
     * @param topicProperty the setting that names the service's topic, such as {@code budget.topics.asset}
     */
    public static void writesArePublishedAfterTheBrokerReturns(String topicProperty, String deptCode, Runnable writes) throws Exception {
        String topic = ConfigProvider.getConfig().getValue(topicProperty, String.class);
        Map<String, Object> kafkaConfig = Arc.container()
                .<Map<String, Object>>instance(new TypeLiteral<Map<String, Object>>() { }, Identifier.Literal.of("default-kafka-broker"))
                .get();
        await().atMost(PATIENCE).until(() -> pending() == 0);
        Map<String, String> appended;
        LocalBroker.stop();
        try {
            writes.run();
            appended = pendingEnvelopes();
            assertTrue(!appended.isEmpty(), "the writes' events wait in the outbox while the broker is down");
        } finally {
            LocalBroker.start();
        }
        await().atMost(PATIENCE).until(() -> pending() == 0);
        Map<String, List<String>> published = envelopesOf(kafkaConfig, topic, deptCode);
        assertEquals(appended.keySet(), published.keySet(), "every event the writes appended reached " + topic + ", and no other");
        published.forEach((eventId, copies) -> copies.forEach(copy -> assertEquals(appended.get(eventId), copy,
                "a repeat of event " + eventId + " is the same event")));
    }

    /** The unpublished events of the outbox: envelope by event id. */
    private static Map<String, String> pendingEnvelopes() {
        Map<String, String> envelopes = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.getEntityManager()
                .createNativeQuery("SELECT e.event_id, e.envelope FROM outbox_pending p JOIN outbox_event e ON e.id = p.id", Object[].class)
                .getResultList()
                .forEach(row -> envelopes.put((String) ((Object[]) row)[0], (String) ((Object[]) row)[1])));
        return envelopes;
    }

    private static long pending() {
        return asFinanceAdmin().when().get("/outbox").then().statusCode(200).extract().jsonPath().getLong("pending");
    }

    /** The events of one department on the topic, read from its beginning to its end: every copy, by event id. */
    private static Map<String, List<String>> envelopesOf(Map<String, Object> kafkaConfig, String topic, String deptCode) {
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        Map<String, List<String>> envelopes = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Set<TopicPartition> open = new HashSet<>(partitions);
            while (!open.isEmpty()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode event = parse(record.value());
                    if (deptCode.equals(event.path("deptCode").asText())) {
                        envelopes.computeIfAbsent(event.path("eventId").asText(), id -> new ArrayList<>()).add(record.value());
                    }
                }
                open.removeIf(p -> consumer.position(p) >= end.get(p));
            }
        }
        return envelopes;
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
