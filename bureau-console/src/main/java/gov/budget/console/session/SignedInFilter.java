package gov.budget.console.session;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.util.Optional;

/**
 * A page asked for without a session goes to the sign-in page. With OpenID Connect on, the identity
 * provider has already signed the user in before a page is reached.
 */
public class SignedInFilter {

    @Inject
    CurrentSession sessions;

    @ServerRequestFilter
    public Optional<Response> requireSession(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/sign-in") || path.startsWith("/q/")) {
            return Optional.empty();
        }
        if (!sessions.signedIn()) {
            return Optional.of(Response.seeOther(URI.create("/sign-in")).build());
        }
        return Optional.empty();
    }
}
