package gov.budget.reconciliation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;

/** Settings of the reconciliation service. */
@ConfigMapping(prefix = "budget")
public interface ReconciliationConfig {

    Topics topics();

    Reconciliation reconciliation();

    /** The topics, one per owning service; each source names its own. */
    interface Topics {
        @WithDefault("budget.ledger.v1")
        String ledger();

        @WithDefault("budget.performance.v1")
        String performance();

        @WithDefault("budget.procurement.v1")
        String procurement();

        @WithDefault("budget.asset.v1")
        String asset();

        /** Where finding changes are published; not consumed by this service. */
        @WithDefault("budget.reconciliation.v1")
        String reconciliation();
    }

    interface Reconciliation {
        @WithName("group-id")
        @WithDefault("budget-reconciliation")
        String groupId();

        /**
         * Records read per poll at most; each poll is applied in one database transaction, in a few
         * statements whatever its size. A batch is held in memory as text, as parsed events and as
         * rows until its transaction ends, so a large one outlives the young generation: with 2,000,
         * the throughput benchmark's instance ran 32 full collections in its first 20 s, with 500 (and
         * 1 MB fetches) 9, with 250 6, for twice the transactions and commits.
         */
        @WithDefault("500")
        int maxPollRecords();

        /**
         * Consumer threads, each with a Kafka consumer of its own in the group, so each applies the
         * batches of its share of the partitions in transactions of its own. One thread waits on the
         * database for much of each batch, and the machine stood half idle meanwhile.
         */
        @WithDefault("2")
        int consumers();

        /**
         * Bytes one fetch from the broker may bring at most, over all partitions, which bounds the
         * events buffered ahead of the batches: about two batches of 500. Kafka's default of 50 MB let
         * the consumer buffer some 30 MB of events ahead, which, beside the models, filled the heap
         * during a province's load.
         */
        @WithDefault("1048576")
        int fetchMaxBytes();

        /**
         * Bytes one fetch may bring of one partition. The consumer keeps what it fetched of each
         * partition until a poll takes it, and a partition paused while the others catch up keeps
         * its fetch all the while: with Kafka's default of 1 MB, six partitions per consumer could
         * hold 12 MB of the heap between the two, the old generation stayed full, and the
         * throughput benchmark's instance spent half its time in full collections (5,064 events/s;
         * with 256 KB, 6,731, medians of 3).
         */
        @WithDefault("262144")
        int partitionFetchMaxBytes();

        /**
         * Bytes a fetch waits for, up to {@link #fetchMaxWait()}: a backlog has them at once, so only
         * a trickle of changes waits. With Kafka's default of one byte, each change was fetched on its
         * own, and every hop after it (a batch, its findings, their relay, the feeds that read them)
         * ran once a change.
         */
        @WithDefault("65536")
        int fetchMinBytes();

        /**
         * The longest a fetch waits for {@link #fetchMinBytes()}, and so the longest a change to
         * finding waits here. At 200 one-cent changes a second on one suite, the change benchmark's
         * p99 was 76–361 ms with 20 ms (the medians of five trials of 1 to 3 runs), all processes
         * using 7.7–9.7 ms of CPU a change, and 244–756 ms without it, at 9.0–9.9 ms with the cores
         * 89–98% busy; at 20 a second the p50 rose from 20 ms to 30.
         */
        @WithDefault("20ms")
        Duration fetchMaxWait();

        /**
         * How long a changed budget's evaluation may wait while the consumer catches up on a backlog
         * (at least a full batch still to read): its events are applied at once, and it is evaluated
         * once for all of them within this time, instead of once per batch.
         */
        @WithDefault("5s")
        Duration catchUpDelay();

        /**
         * While catching up on a backlog, how far ahead in time one partition may be read of the one
         * furthest behind: a budget's parts in the four services' topics are then applied together,
         * in about the order they were written ({@link gov.budget.reconciliation.consumer.TimeAlignedPartitions}).
         */
        @WithDefault("1s")
        Duration catchUpSkew();

        /**
         * How long a budget waits for the rest of a transaction the consumer read in part, from the
         * last part it read; past it, the budget is evaluated as it stands. The rest may never come
         * again: a part that an owner's relay sent twice can arrive after the transaction's last event,
         * and a budget held for good would never be judged. Should the rest come later, it is judged
         * again. Any instance's drain takes a budget marked held longer ago than this, so that a mark
         * whose instance stopped does not keep it queued.
         */
        @WithDefault("30s")
        Duration transactionHold();

        /** First wait after a batch failed; it doubles up to {@link #maxBackoff()}. */
        @WithDefault("500ms")
        Duration initialBackoff();

        @WithDefault("10s")
        Duration maxBackoff();

        /** When the full run starts (Quartz-style cron, {@code off} to disable); read by the scheduler. */
        @WithDefault("0 0 2 * * ?")
        String nightlyCron();

        /**
         * Departments a full run checks at once. Most of a run is waiting on the owning services and
         * the database, so a few workers overlap those waits.
         */
        @WithDefault("4")
        int nightlyWorkers();

        /** The wait before the first retry of a failed evaluation; it doubles with each failure, up to 64 times. */
        @WithDefault("PT1M")
        Duration retryBackoff();

        /** How often budgets set aside after a failed evaluation are looked at for a due retry. */
        @WithDefault("30s")
        String retryEvery();

        /** The time zone of {@link #nightlyCron()}. */
        @WithDefault("Asia/Shanghai")
        String nightlyTimeZone();

        /**
         * How much of the budgets' facts is kept in memory, in rows (a seed-sized budget weighs about
         * 600): the budgets changed most recently stay, the others are read again when next changed
         * (counted by budget.models.read). A ledger row takes about 160 bytes of heap with its amounts
         * packed (43,000 rows fewer freed 7 MB after a full collection). The default keeps about 100
         * seed-sized budgets, or 236 of ledger lines alone, in some 10 MB of the 96 MB heap that run.sh
         * gives reconciliation: the rest of the service keeps some 33 MB live. 120,000 rows held 400
         * budgets of ledger lines without a miss, but the service then peaked at 291 MB of the 300 it may use.
         * A backlog's queue is drained once it holds rows of half this, so that its budgets' models stay.
         */
        @WithDefault("60000")
        long cachedRows();

        /** The region template of a budget whose header event has not arrived yet. */
        @WithDefault("hebei-2024")
        String defaultTemplate();
    }
}
