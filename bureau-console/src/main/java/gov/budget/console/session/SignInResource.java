package gov.budget.console.session;

import gov.budget.console.api.ApiAnswer;
import gov.budget.console.api.LedgerApi;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;

/**
 * Signing in with a token minted for the user (locally by deploy/local/token.sh): the token is
 * checked against the ledger, then kept in an HttpOnly, SameSite=Strict cookie. Signing out clears it.
 */
@Path("/sign-in")
public class SignInResource {

    @Inject
    @RestClient
    LedgerApi ledger;

    @ConfigProperty(name = "console.session.secure-cookie")
    boolean secureCookie;

    /** With OpenID Connect on, the identity provider signs users in and out. */
    @ConfigProperty(name = "quarkus.oidc.tenant-enabled")
    boolean oidc;

    /** Where the OIDC session ends, at the console and then at the identity provider. */
    @ConfigProperty(name = "quarkus.oidc.logout.path")
    String oidcLogout;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(String error);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        if (oidc) {
            // the identity provider's sign-in, through the overview (which requires it)
            return Response.seeOther(URI.create("/")).build();
        }
        return Response.ok(Templates.signIn(null)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(@RestForm String token) {
        if (oidc) {
            // tokens come from the identity provider, never pasted
            return Response.seeOther(URI.create("/")).build();
        }
        String bearer = token == null ? "" : token.strip();
        if (bearer.isEmpty()) {
            return Response.status(400).entity(Templates.signIn("请粘贴令牌。")).build();
        }
        ApiAnswer check = ApiAnswer.of(ledger.templates("Bearer " + bearer));
        if (!check.ok()) {
            return Response.status(401).entity(Templates.signIn("令牌无效或已过期（" + check.status() + "）。")).build();
        }
        return Response.seeOther(URI.create("/")).cookie(cookie(bearer, -1)).build();
    }

    @POST
    @Path("/out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut() {
        URI next = URI.create(oidc ? oidcLogout : "/sign-in");
        return Response.seeOther(next).cookie(cookie("", 0)).build();
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(Session.COOKIE).value(value).path("/").httpOnly(true).secure(secureCookie)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(maxAge).build();
    }
}
