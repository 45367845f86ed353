package gov.budget.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

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
        Gauge.builder("budget.outbox.pending", repository, r -> r.backlog(Instant.now()).pending())
                .description("events written to the outbox and not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("budget.outbox.oldest.pending.age", repository, r -> r.backlog(Instant.now()).oldestPendingAgeSeconds())
                .description("how long the oldest unacknowledged event has waited")
                .baseUnit("seconds")
                .register(registry);
    }

    /** Counts events the broker acknowledged. */
    public void published(String topic, int count) {
        registry.counter("budget.events.published", "topic", topic).increment(count);
    }
}
