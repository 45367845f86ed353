package gov.budget.reconciliation.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * The service is live only while its change-event consumer runs: without it the API still answers,
 * but the findings stop following the owning services' changes, so the orchestrator should restart it.
 */
@Liveness
@ApplicationScoped
public class ChangeEventConsumerLiveness implements HealthCheck {

    @Inject
    ChangeEventConsumer consumer;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Change-event consumer").status(consumer.alive()).build();
    }
}
