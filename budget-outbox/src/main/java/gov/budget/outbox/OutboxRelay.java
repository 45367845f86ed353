package gov.budget.outbox;

import gov.budget.contracts.event.TransactionPart;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Publishes outbox rows to Kafka in id order. A row is marked published only after the broker
 * acknowledged it (acks=all, idempotent producer), and the relay never marks a row past one that
 * failed: it marks the acknowledged prefix, backs off, and starts again from the failed row. Each
 * record carries the {@link TransactionPart} headers: a batch may end in the middle of a
 * transaction's rows, and a consumer then knows that more of them follow.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    OutboxRepository repository;

    @Inject
    OutboxConfig config;

    @Inject
    OutboxMetrics metrics;

    @Inject
    OutboxRetention retention;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private final Semaphore work = new Semaphore(0);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running;
    private Thread thread;
    private Producer<String, byte[]> producer;

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            LOG.info("outbox relay disabled on this instance");
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        stopped.countDown();
        work.release();
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
    }

    /** Wakes the relay as soon as a transaction that appended events has committed: once, however many it appended. */
    void onTransactionAppended(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxTransactionAppended appended) {
        work.release();
    }

    private void run() {
        Duration backoff = config.initialBackoff();
        while (running) {
            try {
                int relayed = relayOnce();
                backoff = config.initialBackoff();
                if (relayed < config.batchSize()) {
                    // nothing more to send: the time to delete what is past its retention
                    retention.purgeIfDue(Instant.now(), () -> work.availablePermits() == 0);
                    awaitWork();
                }
            } catch (RelayFailure failure) {
                LOG.warnf("outbox relay paused for %s ms: %s", backoff.toMillis(), failure.getMessage());
                closeProducer();
                awaitStop(backoff);
                backoff = min(backoff.multipliedBy(2), config.maxBackoff());
            } catch (RuntimeException | Error e) {
                // an Error too (an OutOfMemoryError in one large round): the round's rows are not
                // marked, so the next round sends them again, and a service without its relay
                // would otherwise keep answering while none of its changes reach Kafka
                LOG.error("outbox relay round failed", e);
                awaitStop(backoff);
                backoff = min(backoff.multipliedBy(2), config.maxBackoff());
            }
        }
    }

    /** False once the relay of an instance that relays has lost its thread before shutdown: its liveness check then fails. */
    public boolean alive() {
        boolean shuttingDown = stopped.getCount() == 0;
        return !config.relayEnabled() || thread == null || thread.isAlive() || shuttingDown;
    }

    /** Sends one batch; returns how many rows it published. */
    int relayOnce() {
        List<PendingEvent> batch = repository.nextPending(config.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        Producer<String, byte[]> kafka = producer();
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
        RuntimeException sendError = null;
        for (PendingEvent row : batch) {
            try {
                sends.add(kafka.send(recordOf(row)));
            } catch (RuntimeException e) {
                // the rows after it were not handed to the producer; the prefix below still counts
                sendError = e;
                break;
            }
        }
        List<Long> acknowledged = new ArrayList<>(sends.size());
        for (int i = 0; i < sends.size(); i++) {
            PendingEvent row = batch.get(i);
            try {
                sends.get(i).get();
                acknowledged.add(row.id());
            } catch (ExecutionException e) {
                return failAt(row, batch.subList(0, acknowledged.size()), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failAt(row, batch.subList(0, acknowledged.size()), e);
            }
        }
        FaultPoint.reach(FaultPoint.OUTBOX_AFTER_PUBLISH);
        repository.markPublished(acknowledged);
        countPublished(batch.subList(0, acknowledged.size()));
        if (sendError != null) {
            return failAt(batch.get(sends.size()), List.of(), sendError);
        }
        return acknowledged.size();
    }

    /** The row as a Kafka record, with its place in its transaction as headers. */
    private static ProducerRecord<String, byte[]> recordOf(PendingEvent row) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.messageKey(), row.envelope());
        record.headers().add(TransactionPart.POSITION, Integer.toString(row.txPosition()).getBytes(StandardCharsets.US_ASCII));
        record.headers().add(TransactionPart.SIZE, Integer.toString(row.txSize()).getBytes(StandardCharsets.US_ASCII));
        return record;
    }

    private void countPublished(List<PendingEvent> rows) {
        rows.stream().collect(Collectors.groupingBy(PendingEvent::topic, Collectors.counting()))
                .forEach((topic, count) -> metrics.published(topic, count.intValue()));
    }

    /** Marks the acknowledged rows before {@code row}, records why {@code row} failed, and stops the batch. */
    private int failAt(PendingEvent row, List<PendingEvent> acknowledged, Throwable cause) {
        repository.markPublished(acknowledged.stream().map(PendingEvent::id).toList());
        countPublished(acknowledged);
        repository.recordFailure(row.id(), cause.toString());
        throw new RelayFailure("event " + row.eventId() + " to " + row.topic() + " not acknowledged: " + cause, cause);
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> props = new HashMap<>(kafkaConfig);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            // an import's group events are some 100 KB of JSON each: compressed, the broker and every
            // consumer move a fraction of the bytes (the ingest benchmark rose by 8%, each process spent
            // less); kafka.compression.type in the configuration chooses another
            props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000);
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            // the envelope's bytes as the table holds them: decoding them to a String and encoding it again
            // was 8% of the ledger's samples under a bulk import
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
            producer = null;
        }
    }

    private void awaitWork() {
        try {
            work.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            work.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void awaitStop(Duration wait) {
        try {
            stopped.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** A send the broker did not acknowledge. */
    static final class RelayFailure extends RuntimeException {
        RelayFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
