package gov.budget.outbox;

import gov.budget.outbox.metrics.RecentReading;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;

/**
 * The outbox as Prometheus sees it: {@code budget_outbox_pending}, {@code budget_outbox_oldest_pending_age_seconds}
 * (read from the outbox table at each scrape) and {@code budget_events_published_total} by topic.
 */
@ApplicationScoped
public class OutboxMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    OutboxRepository repository;

    void register(@Observes StartupEvent event) {
        // both gauges from one reading, at most 5 s old: counting a busy outbox at every scrape was a cost of its own
        RecentReading<OutboxBacklog> backlog = new RecentReading<>(() -> repository.backlog(Instant.now()), Duration.ofSeconds(5));
        Gauge.builder("budget.outbox.pending", backlog, b -> b.get().pending())
                .description("events written to the outbox and not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("budget.outbox.oldest.pending.age", backlog, b -> b.get().oldestPendingAgeSeconds())
                .description("how long the oldest unacknowledged event has waited")
                .baseUnit("seconds")
                .register(registry);
    }

    /** Counts events the broker acknowledged. */
    public void published(String topic, int count) {
        registry.counter("budget.events.published", "topic", topic).increment(count);
    }
}
