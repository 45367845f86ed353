package gov.budget.reconciliation.consumer;

import gov.budget.outbox.FaultPoint;
import gov.budget.reconciliation.config.ReconciliationConfig;
import gov.budget.reconciliation.metrics.ReconciliationMetrics;
import gov.budget.reconciliation.source.Sources;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Consumes the owning services' change topics. Auto-commit is off: a batch is applied in one
 * database transaction, and its offsets are committed only after that transaction committed,
 * without waiting for the broker ({@link AppliedOffsets}). A failed batch is rewound and retried
 * with backoff, so nothing is skipped.
 *
 * <p>While at least another full batch waits on the topics, the budgets a batch changed are queued
 * instead of evaluated ({@link PendingEvaluations}), and the queue is drained at the latest after
 * {@code catch-up-delay} or once it holds rows of half {@code cached-rows} (so that the queued
 * budgets' models stay in memory), and whenever the consumer has caught up: a budget changed by
 * many batches of a backlog is then evaluated once, not once per batch. An idle consumer looks at
 * the queue every {@code catch-up-delay} too, for budgets an instance queued before it stopped. A
 * budget that a transaction read only in part is changing waits in the queue too
 * ({@link OpenTransactions}), and is left there by the drain, until the transaction's last event
 * arrives. While behind, the partitions are read in about the order their records were written
 * ({@link TimeAlignedPartitions}).
 */
@ApplicationScoped
public class ChangeEventConsumer {

    private static final Logger LOG = Logger.getLogger(ChangeEventConsumer.class);

    /**
     * Budgets evaluated from the queue per transaction. Their models that are not held are read
     * together and live until the transaction ends: 100 whole budgets at a time, on each consumer,
     * kept the old generation full under a backlog (6,731 events/s in the throughput benchmark,
     * median of 3; 9,726 with 25).
     */
    private static final int WAITING_PER_TRANSACTION = 25;
    /** How long one drain may hold up reading new changes once caught up; the rest is drained after the next poll. */
    private static final Duration DRAIN_SLICE = Duration.ofSeconds(1);

    @Inject
    EventApplier applier;

    @Inject
    BatchEvaluation evaluation;

    @Inject
    ReconciliationConfig config;

    @Inject
    Sources sources;

    @Inject
    ReconciliationMetrics metrics;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running;
    /** The Kafka consumer of each running thread, to wake it up at shutdown. */
    private final Set<KafkaConsumer<String, byte[]>> consumers = ConcurrentHashMap.newKeySet();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    /** Shared by the threads: a department's register and its budgets' lines may be read on different ones. */
    private OpenTransactions open;

    void start(@Observes StartupEvent event) {
        running = true;
        open = new OpenTransactions(sources.departmentWideTopics(), config.reconciliation().transactionHold());
        for (int i = 0; i < config.reconciliation().consumers(); i++) {
            Thread thread = new Thread(this::run, "change-event-consumer-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** False once a consumer has lost its thread before shutdown: the liveness check then fails. */
    public boolean alive() {
        boolean shuttingDown = stopped.getCount() == 0;
        return shuttingDown || threads.stream().allMatch(Thread::isAlive);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        stopped.countDown();
        consumers.forEach(KafkaConsumer::wakeup);
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, Duration.ofNanos(until - System.nanoTime()).toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void run() {
        KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(consumerProperties());
        consumers.add(kafka);
        AppliedOffsets applied = new AppliedOffsets(kafka);
        try (kafka) {
            consume(kafka, applied);
        } finally {
            consumers.remove(kafka);
        }
    }

    /** Polls and applies until the service stops, then commits what was applied, before the consumer closes. */
    private void consume(KafkaConsumer<String, byte[]> kafka, AppliedOffsets applied) {
        try {
            if (!running) {
                // stopped while this thread started: its consumer was not there to be woken up
                return;
            }
            TimeAlignedPartitions pacing = new TimeAlignedPartitions(config.reconciliation().catchUpSkew());
            kafka.subscribe(sources.topics(), new PartitionsListener(open, pacing, applied));
            Duration backoff = config.reconciliation().initialBackoff();
            // budgets an earlier run queued are drained as soon as the consumer has caught up
            long waitingSince = System.nanoTime();
            boolean waiting = true;
            // the rows queued since the last drain, whose models wait in memory to be evaluated
            long queuedRows = 0;
            while (running) {
                ConsumerRecords<String, byte[]> records = kafka.poll(waiting ? Duration.ofMillis(10) : Duration.ofMillis(500));
                boolean behind = false;
                if (records.isEmpty()) {
                    pacing.idle(kafka);
                } else {
                    List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(records.count());
                    records.forEach(batch::add);
                    behind = behind(kafka);
                    pacing.read(records);
                    open.read(batch);
                    try {
                        queuedRows += applier.apply(batch, behind, open.held());
                        FaultPoint.reach(FaultPoint.CONSUMER_AFTER_COMMIT);
                        applied.commit(records);
                        backoff = config.reconciliation().initialBackoff();
                        pacing.pace(kafka, behind);
                    } catch (WakeupException e) {
                        throw e;
                    } catch (RuntimeException | Error e) {
                        // an Error too (an OutOfMemoryError in one large batch): the batch's transaction
                        // rolled back, and a consumer thread that died would leave the findings stale
                        // while the service kept answering
                        LOG.warnf(e, "batch of %d events not applied; retrying in %d ms", batch.size(), backoff.toMillis());
                        metrics.batchFailed();
                        rewind(kafka, records);
                        awaitStop(backoff);
                        backoff = min(backoff.multipliedBy(2), config.reconciliation().maxBackoff());
                        continue;
                    }
                    if (behind && !waiting) {
                        waiting = true;
                        waitingSince = System.nanoTime();
                    }
                }
                if (heldTooLong(open.expire())) {
                    waiting = true;
                }
                boolean due = Duration.ofNanos(System.nanoTime() - waitingSince).compareTo(config.reconciliation().catchUpDelay()) >= 0;
                if (!waiting && due) {
                    // budgets another instance queued before it stopped are drained by whichever instance looks first
                    waiting = true;
                }
                if (waiting && (!behind || due || queuedRows >= queuedRowsBeforeDrain())) {
                    waiting = drain(behind, open.held());
                    waitingSince = System.nanoTime();
                    queuedRows = 0;
                }
            }
        } catch (WakeupException e) {
            if (running) {
                LOG.error("consumer woken up unexpectedly", e);
            }
        }
        // the next owner of these partitions starts after what this thread applied
        applied.commitAll();
    }

    /**
     * The rows a backlog may queue before they are drained, whatever the time: the queued budgets'
     * models wait in the cache of models, and beyond about half its bound they pushed each other out
     * and were read back from the database when evaluated (a tenth of the throughput benchmark's
     * instance, JFR).
     */
    private long queuedRowsBeforeDrain() {
        return config.reconciliation().cachedRows() / 2;
    }

    /** Whether at least another full batch waits on this consumer's partitions. */
    private boolean behind(KafkaConsumer<String, byte[]> kafka) {
        long lag = 0;
        for (TopicPartition partition : kafka.assignment()) {
            lag += kafka.currentLag(partition).orElse(0);
        }
        return lag >= config.reconciliation().maxPollRecords();
    }

    /**
     * Whether budgets were held past their hold. Their queue marks are older than the hold too, so the
     * next drain takes them as they stand, on this instance or any other.
     */
    private boolean heldTooLong(HeldBudgets expired) {
        if (expired.isEmpty()) {
            return false;
        }
        LOG.warnf("the rest of a transaction did not arrive within %s; its budgets are evaluated as they stand: %s %s",
                config.reconciliation().transactionHold(), expired.budgets(), expired.departments());
        return true;
    }

    /**
     * Evaluates the queued budgets: all of them while behind, since they waited long enough; once
     * caught up, for a slice of time, so that new changes are not held up. Returns whether any still wait.
     */
    private boolean drain(boolean behind, HeldBudgets held) {
        long until = System.nanoTime() + DRAIN_SLICE.toNanos();
        try {
            while (running) {
                if (evaluation.evaluateWaiting(WAITING_PER_TRANSACTION, held) < WAITING_PER_TRANSACTION) {
                    return false;
                }
                if (!behind && System.nanoTime() > until) {
                    return true;
                }
            }
            return true;
        } catch (RuntimeException | Error e) {
            // the queue stays as it was; it is drained again after the next poll
            LOG.warnf(e, "evaluating the budgets that waited failed; trying again after the next poll");
            return true;
        }
    }

    private Map<String, Object> consumerProperties() {
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, config.reconciliation().groupId());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.reconciliation().maxPollRecords());
        props.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, config.reconciliation().fetchMaxBytes());
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, config.reconciliation().partitionFetchMaxBytes());
        props.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, config.reconciliation().fetchMinBytes());
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int) config.reconciliation().fetchMaxWait().toMillis());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        // the envelopes are parsed from their bytes (EventCodec), never decoded to strings
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return props;
    }

    /** Goes back to the first record of the failed batch in every partition, so the batch is read again. */
    private static void rewind(KafkaConsumer<String, byte[]> kafka, ConsumerRecords<String, byte[]> records) {
        for (TopicPartition partition : records.partitions()) {
            // a partition taken away by a rebalance is re-read by its new owner from the committed offset
            if (kafka.assignment().contains(partition)) {
                kafka.seek(partition, records.records(partition).get(0).offset());
            }
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

    /**
     * Logs the partitions this instance takes and gives up when instances join or leave the group,
     * and forgets the open transactions of those it gives up. Nothing is in flight then: rebalancing
     * happens inside poll, after the last batch was committed.
     */
    private static final class PartitionsListener implements ConsumerRebalanceListener {

        private final OpenTransactions open;
        private final TimeAlignedPartitions pacing;
        private final AppliedOffsets applied;

        PartitionsListener(OpenTransactions open, TimeAlignedPartitions pacing, AppliedOffsets applied) {
            this.open = open;
            this.pacing = pacing;
            this.applied = applied;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            LOG.infof("assigned partitions %s", partitions);
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            LOG.infof("revoked partitions %s", partitions);
            applied.commitRevoked(partitions);
            open.forget(partitions);
            pacing.forget(partitions);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            LOG.infof("lost partitions %s", partitions);
            applied.forget(partitions);
            open.forget(partitions);
            pacing.forget(partitions);
        }
    }
}
