package gov.budget.console.live;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The department-years whose findings change, as reconciliation publishes them on its topic (keyed
 * deptCode:fiscalYear). Each console instance reads the topic from its end in a group of its own, and
 * hands every key to the pages that are open; nothing is committed, a restart starts from the end again.
 */
@ApplicationScoped
public class FindingFeed {

    private static final Logger LOG = Logger.getLogger(FindingFeed.class);
    private static final int FETCH_MIN_BYTES = 16 * 1024;
    private static final Duration FETCH_MAX_WAIT = Duration.ofMillis(200);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @ConfigProperty(name = "console.findings-topic")
    String topic;

    private final BroadcastProcessor<String> changes = BroadcastProcessor.create();
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean running;

    void start(@Observes StartupEvent started) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "bureau-console-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        // the pages need only the keys: the envelopes are never decoded
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        // a fetch waits for a few kilobytes or a fifth of a second: under a burst of changes a fetch
        // per finding cost a tenth of a core, and a page a fifth of a second later is still live
        config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, FETCH_MIN_BYTES);
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int) FETCH_MAX_WAIT.toMillis());
        consumer = new KafkaConsumer<>(config);
        running = true;
        Thread thread = new Thread(this::run, "finding-feed");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
    }

    /** Every department-year (deptCode:fiscalYear) whose findings change from now on. */
    public Multi<String> changes() {
        return changes;
    }

    private void run() {
        try {
            consumer.subscribe(List.of(topic));
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.key() != null) {
                        changes.onNext(record.key());
                    }
                }
            }
        } catch (WakeupException e) {
            // stopping
        } catch (RuntimeException e) {
            LOG.warnf("the findings feed stopped: %s; pages no longer update by themselves", e.getMessage());
        } finally {
            consumer.close();
        }
    }
}
