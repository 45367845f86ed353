package gov.budget.reconciliation.consumer;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One instance runs {@code budget.reconciliation.consumers} consumers in the group, each on a
 * thread of its own, and they share the partitions of every change topic between them.
 */
@QuarkusTest
class ConsumerThreadsTest {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "budget.reconciliation.group-id")
    String groupId;

    @ConfigProperty(name = "budget.reconciliation.consumers")
    int consumers;

    @Inject
    ChangeEventConsumer consumer;

    @Test
    void theInstancesConsumersShareThePartitionsOfEveryTopic() throws Exception {
        assertEquals(2, consumers, "the default");
        try (Admin admin = Admin.create(kafkaConfig)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(groupId)).all().get().get(groupId);
                return group.members().size() == consumers
                        && group.members().stream().allMatch(member -> !member.assignment().topicPartitions().isEmpty());
            });
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(groupId)).all().get().get(groupId);
            Set<TopicPartition> assigned = new HashSet<>();
            for (MemberDescription member : group.members()) {
                for (TopicPartition partition : member.assignment().topicPartitions()) {
                    assertTrue(assigned.add(partition), partition + " is assigned to one consumer only");
                }
            }
            long topics = assigned.stream().map(TopicPartition::topic).distinct().count();
            assertEquals(4, topics, "the four owning services' topics: " + assigned);
        }
        assertTrue(consumer.alive(), "every consumer thread runs");
    }
}
