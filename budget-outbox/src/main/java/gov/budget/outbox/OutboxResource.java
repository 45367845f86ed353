package gov.budget.outbox;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

/** The outbox backlog, for operators and for the run script that waits until everything is published. */
@Path("/outbox")
@Tag(name = "Outbox")
public class OutboxResource {

    @Inject
    OutboxRepository repository;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Events not yet acknowledged by Kafka, and the age of the oldest")
    public OutboxBacklog backlog() {
        return repository.backlog(Instant.now());
    }
}
