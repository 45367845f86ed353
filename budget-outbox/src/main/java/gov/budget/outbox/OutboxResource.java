package gov.budget.outbox;

import jakarta.annotation.security.RolesAllowed;
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
@Tag(name = "Outbox", description = "The backlog of change events not yet published to Kafka")
public class OutboxResource {

    @Inject
    OutboxRepository repository;

    @GET
    // the platform's role names; this library sits below the one that defines them
    @RolesAllowed({"finance-viewer", "finance-admin"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Events not yet acknowledged by Kafka, and the age of the oldest")
    public OutboxBacklog backlog() {
        return repository.backlog(Instant.now());
    }
}
