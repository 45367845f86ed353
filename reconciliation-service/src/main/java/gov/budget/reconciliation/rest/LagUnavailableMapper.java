package gov.budget.reconciliation.rest;

import gov.budget.contracts.problem.Problem;
import gov.budget.reconciliation.consumer.LagUnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * The one refusal particular to this service: the broker does not answer the lag query (503). Every
 * other refusal is answered by the shared mappers of budget-web.
 */
public class LagUnavailableMapper {

    @ServerExceptionMapper
    public Response lagUnavailable(LagUnavailableException e, UriInfo uri) {
        return Response.status(503).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", "Kafka unavailable", 503, e.getMessage(), uri.getPath(), List.of()))
                .build();
    }
}
