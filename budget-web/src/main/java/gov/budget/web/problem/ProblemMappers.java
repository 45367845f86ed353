package gov.budget.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import gov.budget.contracts.problem.FieldViolation;
import gov.budget.contracts.problem.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.stream.Collectors;

/** Turns every refusal into an RFC 9457 problem body that names the field and the value. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uri) {
        return problem(400, "Invalid input", e.getMessage(), uri, e.violations());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return problem(404, "Not found", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return problem(409, "Conflict", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response preconditionFailed(PreconditionFailedException e, UriInfo uri) {
        Response problem = problem(412, "Precondition Failed", e.getMessage(), uri,
                List.of(new FieldViolation("If-Match", e.sentIfMatch(), "the current ETag is " + e.currentETag())));
        return Response.fromResponse(problem).header("ETag", e.currentETag()).build();
    }

    @ServerExceptionMapper
    public Response preconditionRequired(PreconditionRequiredException e, UriInfo uri) {
        return problem(428, "Precondition Required", e.getMessage(), uri,
                List.of(new FieldViolation("If-Match", null, "required when replacing or patching")));
    }

    /** Any other refusal by the HTTP layer (unknown path, wrong method or media type), or an unreadable body. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableBody(json, uri);
        }
        // a query parameter that could not be converted arrives wrapped in a 404
        if (e.getCause() instanceof InvalidInputException invalid) {
            return invalidInput(invalid, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        return problem(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), uri, List.of());
    }

    /** A value of the wrong type, such as text where an amount belongs; replaces the framework's own mapper. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableBody(e, uri);
    }

    /** Malformed JSON reaches {@link #webApplication} wrapped; a value of the wrong type arrives as itself. */
    private static Response unreadableBody(JsonProcessingException e, UriInfo uri) {
        String field = "body";
        String value = null;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = path(mapping.getPath());
        }
        if (e instanceof InvalidFormatException format) {
            value = String.valueOf(format.getValue());
        }
        String detail = "the request body is not valid JSON for this endpoint: " + e.getOriginalMessage();
        return problem(400, "Malformed request body", detail, uri, List.of(new FieldViolation(field, value, e.getOriginalMessage())));
    }

    private static String path(List<JsonMappingException.Reference> references) {
        return references.stream()
                .map(r -> r.getIndex() >= 0 ? "[" + r.getIndex() + "]" : "." + r.getFieldName())
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static Response problem(int status, String title, String detail, UriInfo uri, List<FieldViolation> violations) {
        Problem body = new Problem("about:blank", title, status, detail, uri.getPath(), violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
