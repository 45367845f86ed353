package gov.budget.console;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The production sign-in: the OpenID Connect authorization-code flow, against a stand-in provider. */
@QuarkusTest
@TestProfile(OidcSignInTest.WithIdentityProvider.class)
@WithTestResource(OidcWiremockTestResource.class)
class OidcSignInTest {

    /** The console with OpenID Connect on, pointed at the stand-in provider. */
    public static class WithIdentityProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "true", "quarkus.http.auth.permission.pages.enabled", "true",
                    "quarkus.http.auth.permission.public.enabled", "true",
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/", "quarkus.oidc.client-id", "quarkus-web-app",
                    "quarkus.oidc.credentials.secret", "secret");
        }
    }

    @Test
    void aPageSendsTheUserToTheProviderAndBackSignedIn() {
        // the page needs a sign-in: to the provider, with the state kept in a cookie of the console's
        Response page = RestAssured.given().redirects().follow(false).get("/imports");
        page.then().statusCode(302);
        String authorize = page.getHeader("Location");
        assertTrue(authorize.contains("/realms/quarkus?response_type=code&client_id=quarkus-web-app"), authorize);
        Map<String, String> stateCookie = page.getCookies();

        // the provider's sign-in form, submitted as the user would
        String login = authorize.replaceFirst("^(https?://[^/]+)/.*", "$1") + "/login";
        String state = authorize.replaceFirst(".*[?&]state=([^&]+).*", "$1");
        String redirect = authorize.replaceFirst(".*[?&]redirect_uri=([^&]+).*", "$1");
        Response signedIn = RestAssured.given().redirects().follow(false).urlEncodingEnabled(false)
                .get(login + "?username=alice&password=alice&state=" + state + "&redirect_uri=" + redirect);
        String back = signedIn.getHeader("Location");
        assertTrue(back != null && back.contains("code="), "the provider sends the user back with a code: " + signedIn.statusCode());

        // the console exchanges the code for the tokens, keeps them in its session, and returns to the page
        Response exchanged = RestAssured.given().redirects().follow(false).cookies(stateCookie).get(back);
        exchanged.then().statusCode(302);
        Map<String, String> session = exchanged.getCookies();
        assertTrue(session.containsKey("q_session"), session.toString());
        String signedInPage = RestAssured.given().redirects().follow(false).cookies(session).get("/imports")
                .then().statusCode(200).extract().asString();
        // the user and roles the pages use are the provider's access token's (the stand-in signs subject 123456)
        assertTrue(signedInPage.contains("<span>123456（admin、user）</span>"), signedInPage);

        // signing out ends the provider's session too (the console's logout path)
        String csrf = RestAssured.given().cookies(session).get("/imports").getCookie("csrf-token");
        RestAssured.given().redirects().follow(false).cookies(session).cookie("csrf-token", csrf).formParam("csrf-token", csrf)
                .post("/sign-in/out").then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/sign-out"));

        // the pasted-token sign-in is off: the provider signs users in
        RestAssured.given().redirects().follow(false).cookies(session).get("/sign-in").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/"));
    }
}
