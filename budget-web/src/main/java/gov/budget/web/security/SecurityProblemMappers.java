package gov.budget.web.security;

import gov.budget.contracts.problem.Problem;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * 401 and 403 as problem+json. The detail says what the caller must fix and nothing about the data:
 * not whether the department or budget exists, nor which check of the token failed.
 */
public class SecurityProblemMappers {

    static final String UNAUTHENTICATED = "a valid bearer token is required: signed by the platform's key, "
            + "for this issuer and audience, and not expired";
    static final String FORBIDDEN = "the token's roles or departments do not allow this request";

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class, AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(problem(401, "Unauthorized", UNAUTHENTICATED, uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "Forbidden", FORBIDDEN, uri);
    }

    private static Response problem(int status, String title, String detail, UriInfo uri) {
        Problem body = new Problem("about:blank", title, status, detail, uri.getPath(), List.of());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
