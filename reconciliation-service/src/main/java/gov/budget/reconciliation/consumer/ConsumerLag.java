package gov.budget.reconciliation.consumer;

import gov.budget.reconciliation.config.ReconciliationConfig;
import gov.budget.reconciliation.source.Sources;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** How far the consumer group is behind the end of each consumed partition, and how many budgets wait for their evaluation. */
@ApplicationScoped
public class ConsumerLag {

    @Inject
    ReconciliationConfig config;

    @Inject
    Sources sources;

    @Inject
    PendingEvaluations pending;

    private Admin admin;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    /** One partition's committed offset, end offset and the difference. */
    public record PartitionLag(String topic, int partition, long committed, long end, long lag) {
    }

    /**
     * The whole group, and the budgets whose evaluation waits after their events were applied: the
     * findings are current once both the lag and the waiting budgets are 0.
     */
    public record GroupLag(String groupId, long totalLag, List<PartitionLag> partitions,
                           @Schema(description = "budgets whose events are applied and whose evaluation waits while the consumer catches up")
                           long pendingEvaluations,
                           @Schema(nullable = true, description = "since when the budget waiting longest waits; null when none waits")
                           Instant oldestPendingSince) {
    }

    /**
     * The client that asks the broker, made once: making one per request cost a fifth of a core for
     * a second, and dashboards and the benchmarks ask every few hundred milliseconds.
     */
    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(new HashMap<>(kafkaConfig));
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
            admin = null;
        }
    }

    /** Asks the broker; fails with {@link LagUnavailableException} when it does not answer within 10 s. */
    public GroupLag measure() {
        try {
            return ask();
        } catch (ExecutionException | TimeoutException e) {
            throw new LagUnavailableException("the broker did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LagUnavailableException("interrupted while asking the broker", e);
        }
    }

    private GroupLag ask() throws ExecutionException, InterruptedException, TimeoutException {
        String group = config.reconciliation().groupId();
        Admin admin = admin();
        Map<String, TopicDescription> topics = admin.describeTopics(sources.topics()).allTopicNames().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        topics.values().forEach(t -> t.partitions().forEach(p -> latest.put(new TopicPartition(t.name(), p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        List<PartitionLag> partitions = new ArrayList<>();
        long total = 0;
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : ends.entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            long done = at == null ? 0 : at.offset();
            long lag = Math.max(0, end.getValue().offset() - done);
            total += lag;
            partitions.add(new PartitionLag(end.getKey().topic(), end.getKey().partition(), done, end.getValue().offset(), lag));
        }
        partitions.sort(Comparator.comparing(PartitionLag::topic).thenComparingInt(PartitionLag::partition));
        PendingEvaluations.Backlog waiting = pending.backlog();
        return new GroupLag(group, total, partitions, waiting.budgets(), waiting.oldestSince());
    }
}
