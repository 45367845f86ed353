package gov.budget.reconciliation.rest;

import gov.budget.reconciliation.problem.ConflictException;
import gov.budget.reconciliation.problem.InvalidInputException;
import gov.budget.contracts.problem.Problem;
import gov.budget.reconciliation.consumer.LagUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** Answers every refusal with an RFC 9457 problem body. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response notFound(BudgetNotFoundException e, UriInfo uri) {
        return problem(404, "Not found", e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uri) {
        return Response.status(400).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", "Invalid input", 400, e.getMessage(), uri.getPath(), e.violations())).build();
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return problem(409, "Conflict", e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response runInProgress(gov.budget.reconciliation.nightly.RunInProgressException e, UriInfo uri) {
        return problem(409, "Conflict", e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response lagUnavailable(LagUnavailableException e, UriInfo uri) {
        return problem(503, "Kafka unavailable", e.getMessage(), uri);
    }

    /** The HTTP layer's own refusals: unknown path, a year that is not a number, wrong method. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return problem(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), uri);
    }

    private static Response problem(int status, String title, String detail, UriInfo uri) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, uri.getPath(), List.of())).build();
    }
}
