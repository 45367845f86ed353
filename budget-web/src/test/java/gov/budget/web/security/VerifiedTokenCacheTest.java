package gov.budget.web.security;

import gov.budget.web.testing.TestSigningKeys;
import gov.budget.web.testing.TestTokens;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The remembered tokens, verified by SmallRye JWT's own parser with the test signing key. */
class VerifiedTokenCacheTest {

    /** The time the tokens' expiry is read against, moved by the tests. */
    private final AtomicLong elapsedNanos = new AtomicLong();
    private final long startMillis = System.currentTimeMillis();
    /** How many tokens reached SmallRye JWT's parser. */
    private final AtomicInteger verifications = new AtomicInteger();
    private final VerifiedTokenCache cache = new VerifiedTokenCache(countingVerifier(),
            () -> startMillis + TimeUnit.NANOSECONDS.toMillis(elapsedNanos.get()));

    @Test
    void aTokenSentAgainIsNotVerifiedAgain() throws ParseException {
        String token = TestTokens.financeViewer();

        JsonWebToken first = cache.parse(token);
        JsonWebToken second = cache.parse(token);

        assertSame(first, second);
        assertEquals("test-viewer", second.getSubject());
        assertEquals(Set.of("finance-viewer"), second.getGroups());
        assertEquals(1, verifications.get());
    }

    @Test
    void anotherTokenIsVerifiedOnItsOwn() throws ParseException {
        JsonWebToken viewer = cache.parse(TestTokens.financeViewer());
        JsonWebToken editor = cache.parse(TestTokens.deptEditor("editor-323", "323"));

        assertNotSame(viewer, editor);
        assertEquals("editor-323", editor.getSubject());
        assertEquals(2, verifications.get());
    }

    @Test
    void aTamperedCopyOfARememberedTokenIsRefused() throws ParseException {
        String token = TestTokens.financeViewer();
        cache.parse(token);
        String[] parts = token.split("\\.");
        // the admin's claims under the viewer's signature
        String forged = TestTokens.financeAdmin().split("\\.")[1];

        assertThrows(ParseException.class, () -> cache.parse(parts[0] + "." + forged + "." + parts[2]));
        assertEquals(2, verifications.get());
    }

    @Test
    void aRefusedTokenIsNotRemembered() {
        String otherIssuer = TestTokens.builder("test-viewer", List.of("finance-viewer"), List.of())
                .issuer("https://elsewhere.example/issuer").sign(TestSigningKeys.privateKey());

        assertThrows(ParseException.class, () -> cache.parse(otherIssuer));
        assertThrows(ParseException.class, () -> cache.parse(otherIssuer));
        assertEquals(2, verifications.get());
        assertEquals(0, cache.size());
    }

    @Test
    void aTokenIsForgottenWhenItExpires() throws ParseException {
        String token = TestTokens.builder("test-viewer", List.of("finance-viewer"), List.of())
                .livesSeconds(120).sign(TestSigningKeys.privateKey());
        cache.parse(token);

        elapsedNanos.addAndGet(TimeUnit.SECONDS.toNanos(100));
        cache.parse(token);
        assertEquals(1, verifications.get());

        // past its exp, the parser decides again (it still accepts the token within its clock skew)
        elapsedNanos.addAndGet(TimeUnit.SECONDS.toNanos(21));
        cache.parse(token);
        assertEquals(2, verifications.get());
    }

    /** SmallRye JWT's parser for the services' default issuer and audience, counting what reaches it. */
    private JWTParser countingVerifier() {
        JWTAuthContextInfo context = new JWTAuthContextInfo();
        context.setPublicKeyLocation(TestSigningKeys.publicKey().toUri().toString());
        context.setIssuedBy(TestTokens.ISSUER);
        context.setExpectedAudience(Set.of(TestTokens.AUDIENCE));
        DefaultJWTParser parser = new DefaultJWTParser(context);
        return (JWTParser) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{JWTParser.class}, (proxy, method, args) -> {
            verifications.incrementAndGet();
            try {
                return method.invoke(parser, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
