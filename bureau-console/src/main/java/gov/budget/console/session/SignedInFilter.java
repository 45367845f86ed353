package gov.budget.console.session;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.util.Optional;

/** A page asked for without a session goes to the sign-in page. */
public class SignedInFilter {

    @ServerRequestFilter
    public Optional<Response> requireSession(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/sign-in") || path.startsWith("/q/")) {
            return Optional.empty();
        }
        Cookie session = request.getCookies().get(Session.COOKIE);
        if (session == null || session.getValue().isBlank()) {
            return Optional.of(Response.seeOther(URI.create("/sign-in")).build());
        }
        return Optional.empty();
    }
}
