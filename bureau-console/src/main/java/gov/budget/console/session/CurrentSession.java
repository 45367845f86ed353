package gov.budget.console.session;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The signed-in user of this request. In production the identity provider signed them in
 * (OpenID Connect authorization-code flow) and their access token is the OIDC session's; locally the
 * token pasted on the sign-in page is in the session cookie. Either way the pages call the services
 * with that token, and the services decide what it may see.
 */
@RequestScoped
public class CurrentSession {

    @Inject
    SecurityIdentity identity;

    @Inject
    RoutingContext request;

    /** The session, or one without a token (which the services refuse) when nobody is signed in. */
    public Session current() {
        return Session.of(token());
    }

    /** Whether anybody is signed in: through the identity provider, or with a session cookie. */
    public boolean signedIn() {
        return !token().isBlank();
    }

    private String token() {
        AccessTokenCredential oidc = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        if (oidc != null) {
            return oidc.getToken();
        }
        Cookie cookie = request.request().getCookie(Session.COOKIE);
        return cookie == null ? "" : cookie.getValue();
    }
}
