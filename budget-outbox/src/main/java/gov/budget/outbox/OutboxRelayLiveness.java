package gov.budget.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * The service is live only while its outbox relay runs: without it the API still answers, but no
 * change reaches Kafka, so the orchestrator should restart the service.
 */
@Liveness
@ApplicationScoped
public class OutboxRelayLiveness implements HealthCheck {

    @Inject
    OutboxRelay relay;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Outbox relay").status(relay.alive()).build();
    }
}
