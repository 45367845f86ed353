package gov.budget.reconciliation.consumer;

import gov.budget.contracts.event.EventCodec;
import gov.budget.reconciliation.source.ledger.LedgerLineProjection;
import gov.budget.web.testing.DatabaseOutage;
import gov.budget.web.testing.TcpOutage;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

import static gov.budget.reconciliation.consumer.LineEvents.line;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer meets a database outage with a backlog on the topics, spread over the partitions:
 * each batch that fails is rewound and read again after a backoff, and its offsets are committed only
 * once it is applied, so after the outage every event is applied and none is skipped.
 */
@QuarkusTest
@TestProfile(ConsumerDatabaseOutageTest.BehindForwarder.class)
class ConsumerDatabaseOutageTest {

    /** Lines per budget: a full poll's worth (max-poll-records), so that the backlog takes several batches. */
    private static final int LINES = 500;
    /** Budgets, each its own Kafka key, so that the batches span the partitions. */
    private static final int BUDGETS = 6;

    public static class BehindForwarder implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DatabaseOutage.class));
        }
    }

    /** Injected by {@link DatabaseOutage}. */
    TcpOutage database;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "budget.topics.ledger")
    String topic;

    @ConfigProperty(name = "budget.reconciliation.group-id")
    String groupId;

    @Test
    void batchesThatFailDuringAnOutageAreReadAgainAndNoEventIsSkipped() throws Exception {
        String prefix = "O" + Long.toString(System.nanoTime(), 36).toUpperCase();
        database.cut();
        Map<TopicPartition, Long> firstSent = new HashMap<>();
        Map<TopicPartition, Long> lastSent = new HashMap<>();
        try (KafkaProducer<String, String> producer = EventProducers.of(kafkaConfig)) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (int budget = 0; budget < BUDGETS; budget++) {
                String dept = prefix + budget;
                for (int line = 0; line < LINES; line++) {
                    String code = String.valueOf(2_000_000 + line);
                    sent.add(producer.send(new ProducerRecord<>(topic, dept + ":2024",
                            EventCodec.toJson(line(dept, 2024, 3, code, 1, "1.00", null, "1.00")))));
                }
            }
            for (Future<RecordMetadata> each : sent) {
                RecordMetadata metadata = each.get();
                TopicPartition partition = new TopicPartition(metadata.topic(), metadata.partition());
                firstSent.merge(partition, metadata.offset(), Math::min);
                lastSent.merge(partition, metadata.offset(), Math::max);
            }
        }

        // the consumer reads the backlog and fails on it, again and again, while the database is away
        double failedBefore = batchesFailed();
        await().atMost(Duration.ofSeconds(60)).until(() -> batchesFailed() >= failedBefore + 3);
        Map<TopicPartition, OffsetAndMetadata> during = committed();
        firstSent.forEach((partition, first) -> {
            OffsetAndMetadata offset = during.get(partition);
            assertTrue(offset == null || offset.offset() <= first, "nothing committed during the outage in " + partition + ": " + offset);
        });

        database.restore();
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            Map<TopicPartition, OffsetAndMetadata> after = committed();
            return lastSent.entrySet().stream().allMatch(last -> after.get(last.getKey()) != null
                    && after.get(last.getKey()).offset() > last.getValue());
        });
        for (int budget = 0; budget < BUDGETS; budget++) {
            String dept = prefix + budget;
            long projected = QuarkusTransaction.requiringNew().call(() -> LedgerLineProjection.count("deptCode = ?1 and version = 1", dept));
            assertEquals(LINES, projected, "every line of " + dept + " is projected");
        }
        assertTrue(lastSent.size() > 1, "the budgets spanned partitions: " + lastSent.keySet());
    }

    /** The consumer's count of failed batches (read in the process: the gauges beside it read the database, which is away). */
    private double batchesFailed() {
        return registry.get("budget.batches.failed").counter().count();
    }

    private Map<TopicPartition, OffsetAndMetadata> committed() throws Exception {
        try (Admin admin = Admin.create(kafkaConfig)) {
            return admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
        }
    }
}
