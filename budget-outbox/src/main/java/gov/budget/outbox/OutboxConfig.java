package gov.budget.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Tuning of the relay, under {@code budget.outbox}. */
@ConfigMapping(prefix = "budget.outbox")
public interface OutboxConfig {

    /** Whether this instance relays the outbox to Kafka. */
    @WithDefault("true")
    boolean relayEnabled();

    /** Rows read and sent per round. */
    @WithDefault("500")
    int batchSize();

    /** How often the relay looks for rows when nothing wakes it. */
    @WithDefault("1s")
    Duration pollInterval();

    /** First wait after a failed send; it doubles up to {@link #maxBackoff()}. */
    @WithDefault("500ms")
    Duration initialBackoff();

    @WithDefault("10s")
    Duration maxBackoff();

    /** How long after it was written a published row stays in the outbox, for operators, before the relay deletes it. */
    @WithDefault("P7D")
    Duration retention();

    /** How often, at most, the relay looks for published rows past their retention, when it has nothing to send. */
    @WithDefault("10m")
    Duration purgeInterval();
}
