package gov.budget.outbox;

import java.time.Duration;

/** The relay's settings as plain values, for tests that build the relay or its retention by hand. */
record OutboxSettings(boolean relayEnabled, int batchSize, Duration pollInterval, Duration initialBackoff, Duration maxBackoff,
                      Duration retention, Duration purgeInterval) implements OutboxConfig {

    /** Short waits, so that a test sees the relay go round quickly; the retention as by default. */
    static OutboxSettings quick() {
        return new OutboxSettings(true, 10, Duration.ofMillis(20), Duration.ofMillis(20), Duration.ofMillis(50),
                Duration.ofDays(7), Duration.ofMinutes(10));
    }

    static OutboxSettings withRetention(Duration retention, Duration purgeInterval) {
        return new OutboxSettings(true, 500, Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofSeconds(10),
                retention, purgeInterval);
    }
}
